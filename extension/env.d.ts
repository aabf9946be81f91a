interface ImportMetaEnv {
  /** Signaling server base URL baked into the build, e.g. http://192.168.1.10:8787 */
  readonly WXT_SIGNALING_URL?: string;
  /** The phone PWA's URL baked into the pairing link, e.g. http://192.168.1.10:8788/ */
  readonly WXT_PWA_URL?: string;
}
