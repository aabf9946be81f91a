package app.peertext.android;

import android.os.Handler;
import android.util.Log;
import android.webkit.WebMessage;
import android.webkit.WebMessagePort;
import app.peertext.bridge.InboundRelay;

/**
 * The native end of one page's channel. Each document gets its own; a response goes back on the port
 * its request came from, so a reply never leaks into the page that replaced it.
 */
final class PagePort implements InboundRelay.Page {
  private static final String TAG = "PeerText";

  /** Receives the page's raw request strings. */
  interface Listener {
    void onRequest(PagePort from, String raw);
  }

  private final WebMessagePort port;
  private boolean closed;

  PagePort(WebMessagePort port, final Listener listener, Handler main) {
    this.port = port;
    port.setWebMessageCallback(
        new WebMessagePort.WebMessageCallback() {
          @Override
          public void onMessage(WebMessagePort source, WebMessage message) {
            String data = message.getData();
            if (data != null) listener.onRequest(PagePort.this, data);
          }
        },
        main);
  }

  /** Main thread only. False when the page is gone. */
  @Override
  public boolean post(String json) {
    if (closed) return false;
    try {
      port.postMessage(new WebMessage(json));
      return true;
    } catch (RuntimeException e) {
      Log.w(TAG, "port closed under us", e);
      closed = true;
      return false;
    }
  }

  boolean isClosed() {
    return closed;
  }

  void close() {
    if (closed) return;
    closed = true;
    try {
      port.close();
    } catch (RuntimeException e) {
      Log.w(TAG, "closing port", e);
    }
  }
}
