package app.peertext.bridge;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.json.JSONObject;

/**
 * Hands the inbound queue to the page holding the port. Every received event goes through the
 * queue (never straight to the page), and leaves it only on the page's `ackInbound`, so a reload
 * between posting and storing cannot lose it.
 *
 * <p>Each page (document) is posted each entry once, in queue order: when it attaches it gets
 * everything still unacknowledged, then each new event as it comes. An entry it has not
 * acknowledged is not posted to it again (no loop re-posting what the page is still storing); the
 * next page, after a reload, gets it again. Called from the main thread (attach, detach, received)
 * and the bridge worker (ack), hence synchronized.
 */
public final class InboundRelay {
  /** The page currently holding a port. */
  public interface Page {
    /** False when the page is gone; the entry then waits for the next page. */
    boolean post(String json);
  }

  private final InboundQueue queue;
  private Page page;
  /** Queue ids posted to the current page, so it is not posted them twice. */
  private final Set<Long> postedToPage = new HashSet<Long>();

  public InboundRelay(InboundQueue queue) {
    this.queue = queue;
  }

  public InboundQueue queue() {
    return queue;
  }

  /** A new document got the port: it has stored nothing of what the last one was posted. */
  public synchronized void attach(Page next) {
    page = next;
    postedToPage.clear();
    flush();
  }

  public synchronized void detach() {
    page = null;
    postedToPage.clear();
  }

  /**
   * A new inbound event: queued first, then posted with whatever the page has not been posted yet.
   * An IOException means the store did not take it; it is posted all the same (see enqueue).
   */
  public synchronized void received(JSONObject event) throws IOException {
    try {
      queue.enqueue(event);
    } finally {
      flush();
    }
  }

  /** The page stored these events: they leave the queue (see InboundQueue.ack). */
  public synchronized InboundQueue.Ack ack(List<Long> queueIds) throws IOException {
    InboundQueue.Ack ack;
    try {
      ack = queue.ack(queueIds);
    } finally {
      // Whatever left the queue needs no memory of having been posted (it left memory even if the
      // store failed); what is still queued keeps it.
      Set<Long> held = new HashSet<Long>();
      for (InboundQueue.Entry entry : queue.pending()) held.add(Long.valueOf(entry.queueId));
      postedToPage.retainAll(held);
    }
    return ack;
  }

  /** Posts, in order, what this page has not been posted; stops at the first post that fails. */
  private void flush() {
    if (page == null) return;
    for (InboundQueue.Entry entry : queue.pending()) {
      Long id = Long.valueOf(entry.queueId);
      if (postedToPage.contains(id)) continue;
      // The page is gone: this and everything after it wait for the next one, keeping the order.
      if (!page.post(entry.json)) return;
      postedToPage.add(id);
    }
  }
}
