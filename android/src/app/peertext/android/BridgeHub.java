package app.peertext.android;

import android.app.Activity;
import android.content.Context;
import android.database.ContentObserver;
import android.net.Uri;
import android.os.Handler;
import android.os.Looper;
import android.util.Log;
import android.webkit.WebMessagePort;
import app.peertext.bridge.BridgeDispatcher;
import app.peertext.bridge.Events;
import app.peertext.bridge.FileLineStore;
import app.peertext.bridge.InboundQueue;
import app.peertext.bridge.SendLedger;
import java.io.File;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.json.JSONObject;

/**
 * The process's one bridge: the page currently holding a port, the durable send ledger and inbound
 * queue, and the worker that answers requests. Receivers reach it too, with or without a page.
 * Port and page state are touched on the main thread only.
 */
final class BridgeHub implements PagePort.Listener {
  private static final String TAG = "PeerText";
  private static BridgeHub instance;

  final Context app;
  final Handler main = new Handler(Looper.getMainLooper());
  /** One worker: requests are answered in the order they came, and a send never races another. */
  private final ExecutorService worker = Executors.newSingleThreadExecutor();
  private final SendLedger ledger;
  private final IOException ledgerError;
  private final InboundQueue inbound;
  private final BridgeDispatcher dispatcher;
  private PagePort current;
  private List<String> computers = Collections.emptyList();
  private WeakReference<Activity> activity = new WeakReference<Activity>(null);
  private final Runnable announceInboxChange =
      new Runnable() {
        @Override
        public void run() {
          postEvent(Events.inboxChanged());
        }
      };

  static synchronized BridgeHub get(Context context) {
    if (instance == null) instance = new BridgeHub(context.getApplicationContext());
    return instance;
  }

  private BridgeHub(Context app) {
    this.app = app;
    File dir = app.getFilesDir();
    SendLedger loaded = null;
    IOException error = null;
    try {
      loaded = new SendLedger(new FileLineStore(new File(dir, "sent-ids.log")));
    } catch (IOException e) {
      error = e;
      Log.e(TAG, "send ledger unreadable: sending is disabled", e);
    }
    ledger = loaded;
    ledgerError = error;
    InboundQueue queue = null;
    try {
      queue = new InboundQueue(new FileLineStore(new File(dir, "inbound.log")));
    } catch (IOException e) {
      Log.e(TAG, "inbound queue unreadable", e);
    }
    inbound = queue;
    dispatcher =
        new BridgeDispatcher(
            new NativeHandlers(this),
            new BridgeDispatcher.Log() {
              @Override
              public void warn(String message) {
                Log.w(TAG, message);
              }
            });
    watchSmsStore();
  }

  /**
   * The page follows the SMS store (texts sent from another app, deletions) when told it changed.
   * No page listening: nothing is lost, a page reconciles when it starts.
   */
  private void watchSmsStore() {
    try {
      app.getContentResolver()
          .registerContentObserver(
              Uri.parse("content://sms"),
              true,
              new ContentObserver(main) {
                @Override
                public void onChange(boolean selfChange) {
                  // A burst of writes (the parts of a long text, a restore) becomes one event.
                  main.removeCallbacks(announceInboxChange);
                  main.postDelayed(announceInboxChange, 1000);
                }
              });
    } catch (SecurityException e) {
      Log.w(TAG, "cannot watch the SMS store", e);
    }
  }

  /** Null when the ledger could not be read: then nothing is sent rather than risk a double send. */
  SendLedger ledger() {
    return ledger;
  }

  IOException ledgerError() {
    return ledgerError;
  }

  /** A new document got the port: the old one is closed and queued SMS are handed over in order. */
  void attach(WebMessagePort port) {
    detach();
    current = new PagePort(port, this, main);
    flushInbound();
  }

  void detach() {
    if (current != null) current.close();
    current = null;
    setComputers(Collections.<String>emptyList());
  }

  @Override
  public void onRequest(final PagePort from, final String raw) {
    worker.execute(
        new Runnable() {
          @Override
          public void run() {
            final String response = dispatcher.handle(raw);
            if (response == null) return;
            main.post(
                new Runnable() {
                  @Override
                  public void run() {
                    from.post(response);
                  }
                });
          }
        });
  }

  /** An sms-status event; with no page it is dropped, the ledger keeps the state for a repeated send. */
  void postEvent(final JSONObject event) {
    runOnMain(
        new Runnable() {
          @Override
          public void run() {
            if (current != null) current.post(event.toString());
          }
        });
  }

  /** An sms-received event: posted to the page, or queued durably until one is there. */
  void received(final JSONObject event) {
    runOnMain(
        new Runnable() {
          @Override
          public void run() {
            if (current != null && inbound != null && inbound.size() == 0 && current.post(event.toString())) return;
            if (inbound == null) {
              Log.e(TAG, "no inbound queue: an SMS could not be kept for the page");
              return;
            }
            try {
              inbound.enqueue(event.toString());
            } catch (IOException e) {
              Log.e(TAG, "could not queue an incoming SMS", e);
            }
            flushInbound();
          }
        });
  }

  private void flushInbound() {
    if (current == null || inbound == null) return;
    List<String> pending = inbound.pending();
    int posted = 0;
    for (String event : pending) {
      if (!current.post(event)) break;
      posted++;
    }
    try {
      inbound.remove(posted);
    } catch (IOException e) {
      Log.e(TAG, "could not trim the inbound queue; those SMS may be posted again", e);
    }
  }

  synchronized List<String> computers() {
    return computers;
  }

  void setComputers(List<String> names) {
    synchronized (this) {
      computers = Collections.unmodifiableList(new ArrayList<String>(names));
    }
    KeepAliveService.refresh(app);
  }

  void setActivity(Activity value) {
    activity = new WeakReference<Activity>(value);
  }

  /** The notification's Stop: close the page and let the process go. */
  void stopAll() {
    detach();
    Activity shown = activity.get();
    if (shown != null) shown.finishAndRemoveTask();
  }

  private void runOnMain(Runnable task) {
    if (Looper.myLooper() == Looper.getMainLooper()) task.run();
    else main.post(task);
  }
}
