package app.peertext.android;

import android.app.Activity;
import android.content.ActivityNotFoundException;
import android.content.Intent;
import android.graphics.Bitmap;
import android.net.Uri;
import android.util.Log;
import android.webkit.WebMessage;
import android.webkit.WebMessagePort;
import android.webkit.WebResourceRequest;
import android.webkit.WebResourceResponse;
import android.webkit.WebView;
import android.webkit.WebViewClient;
import app.peertext.bridge.JsonText;
import app.peertext.bridge.Origins;

/**
 * Navigation, the app's files and the handshake. Every request to the app's origin is answered from
 * the APK (AppAssetServer). Each document on that origin gets one fresh port after it loaded; pages
 * elsewhere are opened outside the app and never see the bridge.
 */
final class PageClient extends WebViewClient {
  private static final String TAG = "PeerText";
  private static final int RETRY_MS = 3000;

  private final Activity activity;
  private final BridgeHub hub;
  private final AppAssetServer files;
  /** Set when a new document starts; the port is offered once per document, when it finished loading. */
  private boolean offerPending;
  /** False from the start of a document's load until it finished (and before the first one). */
  private boolean finished;

  PageClient(Activity activity, BridgeHub hub) {
    this.activity = activity;
    this.hub = hub;
    this.files = new AppAssetServer(activity.getAssets());
  }

  /**
   * The API 21 form: on API 24+ WebViewClient's WebResourceRequest form calls this one, so it sees
   * every request WebView makes for the page (not WebSockets, not service workers' fetches). Called
   * on a WebView thread; AssetManager may be read from any thread.
   */
  @Override
  public WebResourceResponse shouldInterceptRequest(WebView view, String url) {
    return files.answer(url);
  }

  @Override
  public void onPageStarted(WebView view, String url, Bitmap favicon) {
    // A reload or navigation: the old document's port is closed; the new one gets its own.
    hub.detach();
    offerPending = true;
    finished = false;
  }

  /** The last document finished loading and no other has started: its script may be run. */
  boolean finishedLoading() {
    return finished;
  }

  @Override
  public void onPageFinished(WebView view, String url) {
    finished = true;
    // Also called for in-page (hash) navigations: those keep the port they have.
    if (!offerPending) return;
    offerPending = false;
    offerPort(view);
  }

  private void offerPort(WebView view) {
    String mainFrame = view.getUrl();
    if (!Origins.isAllowedOrigin(mainFrame, PwaConfig.ORIGIN)) {
      Log.i(TAG, "no bridge for " + mainFrame);
      return;
    }
    WebMessagePort[] channel = view.createWebMessageChannel();
    hub.attach(channel[0]);
    // Android delivers this only if the page's origin is exactly PWA_ORIGIN.
    view.postWebMessage(
        new WebMessage(PwaConfig.HANDSHAKE, new WebMessagePort[] {channel[1]}), Uri.parse(PwaConfig.ORIGIN));
  }

  @Override
  public boolean shouldOverrideUrlLoading(WebView view, String url) {
    if (Origins.isAllowedOrigin(url, PwaConfig.ORIGIN)) return false;
    openOutside(url);
    return true;
  }

  /** API 24+ also asks for frames; only top-level navigations leave the app (no @Override: not in API 23). */
  public boolean shouldOverrideUrlLoading(WebView view, WebResourceRequest request) {
    if (!request.isForMainFrame()) return false;
    return shouldOverrideUrlLoading(view, request.getUrl().toString());
  }

  private void openOutside(String url) {
    try {
      Intent intent = new Intent(Intent.ACTION_VIEW, Uri.parse(url));
      intent.addCategory(Intent.CATEGORY_BROWSABLE);
      activity.startActivity(intent);
    } catch (ActivityNotFoundException e) {
      Log.w(TAG, "nothing opens " + url);
    }
  }

  /** Main-frame load errors only (API 23 semantics): a page that retries until the page can be loaded. */
  @Override
  public void onReceivedError(WebView view, int errorCode, String description, String failingUrl) {
    if (!Origins.isAllowedOrigin(failingUrl, PwaConfig.ORIGIN)) return;
    String html =
        "<!doctype html><meta name=viewport content='width=device-width'>"
            + "<body style='font-family:sans-serif;padding:24px'>"
            + "<h2>PeerText cannot reach its page</h2>"
            + "<p>" + JsonText.html(failingUrl) + "<br>" + JsonText.html(String.valueOf(description)) + "</p>"
            + "<p>Trying again every few seconds."
            + (PwaConfig.FROM_APK
                ? ""
                : " For a server on your computer, run <code>adb reverse tcp:8788 tcp:8788</code>.")
            + "</p>"
            + "<script>setTimeout(function(){location.replace(" + JsonText.quote(failingUrl) + ")}," + RETRY_MS + ")</script>";
    // No history URL: the error page must not pass for the PWA in getUrl() when the port is offered.
    view.loadDataWithBaseURL(null, html, "text/html", "utf-8", null);
  }
}
