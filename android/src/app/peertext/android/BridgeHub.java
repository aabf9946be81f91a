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
import app.peertext.bridge.InboundRelay;
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
 * Port and page state are touched on the main thread only; the inbound relay (pure Java, tested on
 * the JVM) decides what each page is posted and when a received SMS may leave the queue.
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
  private final InboundRelay inbound;
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
    InboundQueue queue;
    try {
      queue = new InboundQueue(new FileLineStore(new File(dir, "inbound.log")));
    } catch (IOException e) {
      // Received SMS still reach the page and wait for its acknowledgement, only not across a restart.
      Log.e(TAG, "inbound queue unreadable: received SMS are kept in memory only", e);
      queue = InboundQueue.inMemory();
    }
    inbound = new InboundRelay(queue);
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

  /**
   * A new document got the port: the old one is closed, and every received SMS it did not
   * acknowledge as stored is handed over again, in order.
   */
  void attach(WebMessagePort port) {
    detach();
    current = new PagePort(port, this, main);
    inbound.attach(current);
  }

  void detach() {
    if (current != null) current.close();
    current = null;
    inbound.detach();
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

  /**
   * An sms-received event: queued durably, then posted to the page if one is there. It leaves the
   * queue only when a page acknowledges having stored it (ackInbound), never on posting: a reload
   * between the two would otherwise lose it.
   */
  void received(final JSONObject event) {
    runOnMain(
        new Runnable() {
          @Override
          public void run() {
            try {
              inbound.received(event);
            } catch (IOException e) {
              Log.e(TAG, "could not queue an incoming SMS durably: posted, but lost if the process dies first", e);
            }
          }
        });
  }

  /** The page's ackInbound, on the worker thread: it stored these events, so the queue forgets them. */
  InboundQueue.Ack ackInbound(List<Long> queueIds) throws IOException {
    return inbound.ack(queueIds);
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
