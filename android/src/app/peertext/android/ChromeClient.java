package app.peertext.android;

import android.Manifest;
import android.util.Log;
import android.webkit.ConsoleMessage;
import android.webkit.PermissionRequest;
import android.webkit.WebChromeClient;
import app.peertext.bridge.Origins;

/**
 * Camera for the pairing QR scan, for the PWA's own origin only. Microphone and everything else is
 * refused: PeerText does not use them. WebRTC data channels need no permission.
 */
final class ChromeClient extends WebChromeClient {
  private static final String TAG = "PeerText";
  private final WebAppActivity activity;

  ChromeClient(WebAppActivity activity) {
    this.activity = activity;
  }

  @Override
  public void onPermissionRequest(PermissionRequest request) {
    String origin = String.valueOf(request.getOrigin());
    boolean wantsCamera = false;
    for (String resource : request.getResources()) {
      if (PermissionRequest.RESOURCE_VIDEO_CAPTURE.equals(resource)) wantsCamera = true;
    }
    if (!wantsCamera || !Origins.isAllowedOrigin(origin, PwaConfig.ORIGIN)) {
      Log.i(TAG, "refused media for " + origin);
      request.deny();
      return;
    }
    if (Permissions.has(activity, Manifest.permission.CAMERA)) {
      request.grant(new String[] {PermissionRequest.RESOURCE_VIDEO_CAPTURE});
    } else {
      activity.requestCamera(request);
    }
  }

  @Override
  public void onPermissionRequestCanceled(PermissionRequest request) {
    activity.cancelMediaRequest(request);
  }

  @Override
  public boolean onConsoleMessage(ConsoleMessage message) {
    Log.d(TAG, "page: " + message.message() + " (" + message.sourceId() + ":" + message.lineNumber() + ")");
    return true;
  }
}
