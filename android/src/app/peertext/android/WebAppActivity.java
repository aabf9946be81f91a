package app.peertext.android;

import android.app.Activity;
import android.content.Intent;
import android.content.pm.ApplicationInfo;
import android.content.pm.PackageManager;
import android.os.Bundle;
import android.webkit.CookieManager;
import android.webkit.PermissionRequest;
import android.webkit.WebSettings;
import android.webkit.WebView;
import app.peertext.bridge.JsonText;
import app.peertext.bridge.Origins;
import app.peertext.bridge.PairingLinks;

/**
 * The PeerText PWA in a WebView. The activity survives rotation (configChanges) and Back only moves
 * it to the background: destroying it would drop the page and every connection with it.
 */
public final class WebAppActivity extends Activity {
  private static final int REQUEST_EXPLAINED_PERMISSIONS = 1;
  private static final int REQUEST_CAMERA = 2;

  private WebView web;
  private PageClient pageClient;
  private PermissionRequest pendingMedia;
  /** The page to load once the explanation screen is done: a pairing link's, or null for PwaConfig.URL. */
  private String pendingPage;
  /** A page was asked for: from now on a pairing link goes to the WebView, not to pendingPage. */
  private boolean pageRequested;

  @Override
  protected void onCreate(Bundle state) {
    super.onCreate(state);
    BridgeHub.get(this).setActivity(this);
    web = createWebView();
    setContentView(web);
    KeepAliveService.start(this);
    // Restored (state != null, the process was killed): the intent is the first one, its link used
    // up; a new link comes after this through onNewIntent.
    String fragment = state == null ? pairingFragment(getIntent()) : null;
    pendingPage = fragment == null ? null : PairingLinks.withFragment(PwaConfig.URL, fragment);
    if (Permissions.missing(this).isEmpty()) {
      loadPage();
    } else {
      // The page loads once the explanation screen is done, so its first `capabilities` sees the answer.
      startActivityForResult(new Intent(this, PermissionsActivity.class), REQUEST_EXPLAINED_PERMISSIONS);
    }
  }

  private WebView createWebView() {
    boolean debuggable = (getApplicationInfo().flags & ApplicationInfo.FLAG_DEBUGGABLE) != 0;
    WebView.setWebContentsDebuggingEnabled(debuggable || BuildConfig.WEB_DEBUG);
    Compat.configureServiceWorkers();
    WebView view = new WebView(this);
    WebSettings settings = view.getSettings();
    settings.setJavaScriptEnabled(true);
    settings.setDomStorageEnabled(true);
    settings.setDatabaseEnabled(true);
    // The QR scanner starts its camera preview without a tap.
    settings.setMediaPlaybackRequiresUserGesture(false);
    settings.setAllowFileAccess(false);
    settings.setAllowContentAccess(false);
    settings.setAllowFileAccessFromFileURLs(false);
    settings.setAllowUniversalAccessFromFileURLs(false);
    settings.setMixedContentMode(WebSettings.MIXED_CONTENT_NEVER_ALLOW);
    settings.setSupportMultipleWindows(false);
    settings.setJavaScriptCanOpenWindowsAutomatically(false);
    CookieManager.getInstance().setAcceptCookie(true);
    CookieManager.getInstance().setAcceptThirdPartyCookies(view, false);
    Compat.keepRendererImportant(view);
    pageClient = new PageClient(this, BridgeHub.get(this));
    view.setWebViewClient(pageClient);
    view.setWebChromeClient(new ChromeClient(this));
    return view;
  }

  @Override
  protected void onActivityResult(int requestCode, int resultCode, Intent data) {
    if (requestCode == REQUEST_EXPLAINED_PERMISSIONS && web != null && !pageRequested) loadPage();
  }

  private void loadPage() {
    pageRequested = true;
    web.loadUrl(pendingPage != null ? pendingPage : PwaConfig.URL);
    pendingPage = null;
  }

  /** singleTask: a pairing link opened while the app runs (a second scan) arrives here. */
  @Override
  protected void onNewIntent(Intent intent) {
    super.onNewIntent(intent);
    setIntent(intent);
    String fragment = pairingFragment(intent);
    if (fragment == null || web == null) return;
    if (!pageRequested) {
      pendingPage = PairingLinks.withFragment(PwaConfig.URL, fragment);
    } else if (pageClient.finishedLoading() && Origins.isAllowedOrigin(web.getUrl(), PwaConfig.ORIGIN)) {
      // The page is there: a new hash fires hashchange, and the page keeps its state and its port.
      // Still loading (or just restarted), the hash could land on the document being replaced.
      web.evaluateJavascript("location.hash = " + JsonText.quote(fragment), null);
    } else {
      web.loadUrl(PairingLinks.withFragment(PwaConfig.URL, fragment));
    }
  }

  /**
   * The pairing fragment of a VIEW intent's link (PairingLinks decides), or null. Not for an intent
   * replayed from Recents: its one-time secret was used or has expired.
   */
  private static String pairingFragment(Intent intent) {
    if (intent == null || !Intent.ACTION_VIEW.equals(intent.getAction())) return null;
    if ((intent.getFlags() & Intent.FLAG_ACTIVITY_LAUNCHED_FROM_HISTORY) != 0) return null;
    return PairingLinks.fragment(intent.getDataString());
  }

  /** The page asked for the camera (QR pairing): grant it once Android's CAMERA permission is there. */
  void requestCamera(PermissionRequest request) {
    if (pendingMedia != null) pendingMedia.deny();
    pendingMedia = request;
    requestPermissions(new String[] {android.Manifest.permission.CAMERA}, REQUEST_CAMERA);
  }

  void cancelMediaRequest(PermissionRequest request) {
    if (pendingMedia == request) pendingMedia = null;
  }

  @Override
  public void onRequestPermissionsResult(int requestCode, String[] permissions, int[] results) {
    if (requestCode != REQUEST_CAMERA || pendingMedia == null) return;
    PermissionRequest request = pendingMedia;
    pendingMedia = null;
    boolean granted = results.length > 0 && results[0] == PackageManager.PERMISSION_GRANTED;
    if (granted) request.grant(new String[] {PermissionRequest.RESOURCE_VIDEO_CAPTURE});
    else request.deny();
  }

  @Override
  public void onBackPressed() {
    if (web != null && web.canGoBack()) web.goBack();
    else moveTaskToBack(true);
  }

  // No web.onPause()/pauseTimers() on pause: the page must keep running with the screen off.

  @Override
  protected void onDestroy() {
    BridgeHub hub = BridgeHub.get(this);
    hub.detach();
    hub.setActivity(null);
    KeepAliveService.stop(this);
    if (web != null) {
      web.stopLoading();
      web.destroy();
      web = null;
    }
    super.onDestroy();
  }
}
