package app.peertext.android;

import app.peertext.bridge.AppAssets;
import app.peertext.bridge.Origins;

/**
 * The page this build shows. Normally the phone app packed into the APK, served from AppAssets.ORIGIN
 * by PageClient; a developer build may point at a dev server instead (PEERTEXT_PWA_URL). Either way
 * the page's origin is the only one that gets the bridge and the camera.
 */
final class PwaConfig {
  static final boolean FROM_APK = BuildConfig.DEV_URL.isEmpty();
  static final String URL = FROM_APK ? AppAssets.START_URL : BuildConfig.DEV_URL;
  static final String ORIGIN = FROM_APK ? AppAssets.ORIGIN : Origins.originOf(BuildConfig.DEV_URL);
  /** docs/bridge-contract.md: the string the port travels with. */
  static final String HANDSHAKE = "peertext-bridge:v1";

  private PwaConfig() {}
}
