package app.peertext.android;

import android.content.res.AssetManager;
import android.util.Log;
import android.webkit.WebResourceResponse;
import app.peertext.bridge.AppAssets;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.Map;

/**
 * Answers every request to the app's origin from the APK's assets/app/ (AppAssets decides which
 * file). A request there is never left to the network: a missing file is a 404 made here.
 */
final class AppAssetServer {
  private static final String TAG = "PeerText";
  private final AssetManager assets;

  AppAssetServer(AssetManager assets) {
    this.assets = assets;
  }

  /** null for other origins, which WebView loads itself; a response for every URL on the app's origin. */
  WebResourceResponse answer(String url) {
    if (!PwaConfig.FROM_APK) return null;
    AppAssets.Answer answer = AppAssets.lookup(url);
    if (answer == null) return null;
    if (answer.found()) {
      try {
        InputStream data = assets.open(AppAssets.ASSET_DIR + answer.path);
        return new WebResourceResponse(answer.mimeType, answer.encoding, 200, "OK", headers(answer), data);
      } catch (IOException e) {
        // Not in the APK: the same 404 as a path that was refused outright.
      }
    }
    Log.i(TAG, "404 for " + url);
    byte[] body = "Not found".getBytes(Charset.forName("UTF-8"));
    return new WebResourceResponse(
        AppAssets.NOT_FOUND.mimeType, AppAssets.NOT_FOUND.encoding, 404, "Not Found", headers(AppAssets.NOT_FOUND),
        new ByteArrayInputStream(body));
  }

  private static Map<String, String> headers(AppAssets.Answer answer) {
    Map<String, String> headers = new HashMap<String, String>();
    headers.put("X-Content-Type-Options", "nosniff");
    if (answer.noCache) headers.put("Cache-Control", "no-cache");
    return headers;
  }
}
