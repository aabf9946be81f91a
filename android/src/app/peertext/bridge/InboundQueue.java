package app.peertext.bridge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * sms-received events waiting for a page, kept durably and handed over in arrival order. They are
 * removed only after they were posted, so a crash in between repeats them rather than losing them;
 * the event id is derived from the message, so the page can recognise a repeat.
 */
public final class InboundQueue {
  private final LineStore store;
  private final List<String> pending;

  public InboundQueue(LineStore store) throws IOException {
    this.store = store;
    this.pending = new ArrayList<String>(store.readAll());
  }

  public synchronized void enqueue(String eventJson) throws IOException {
    store.append(eventJson);
    pending.add(eventJson);
  }

  public synchronized List<String> pending() {
    return new ArrayList<String>(pending);
  }

  /** Drops the first `count` events, the ones just posted. */
  public synchronized void remove(int count) throws IOException {
    int n = Math.min(count, pending.size());
    if (n == 0) return;
    List<String> rest = new ArrayList<String>(pending.subList(n, pending.size()));
    store.rewrite(rest);
    pending.clear();
    pending.addAll(rest);
  }

  public synchronized int size() {
    return pending.size();
  }
}
