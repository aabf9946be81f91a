package app.peertext.android;

import app.peertext.bridge.Origins;

/** The PWA this build wraps. The URL is a build setting (PEERTEXT_PWA_URL), the origin follows from it. */
final class PwaConfig {
  static final String URL = BuildConfig.PWA_URL;
  static final String ORIGIN = Origins.originOf(BuildConfig.PWA_URL);
  /** docs/bridge-contract.md: the string the port travels with. */
  static final String HANDSHAKE = "peertext-bridge:v1";

  private PwaConfig() {}
}
