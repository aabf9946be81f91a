package app.peertext.bridge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * sms-received events the page has not stored yet, kept durably in arrival order. Each entry gets a
 * queue id, written into the event as `queueId`, and stays here (across page reloads and process
 * restarts) until the page acknowledges with `ackInbound` that it has stored it: posting an event is
 * not storing it, and a reload in between must repeat the event rather than lose it. A repeat is
 * harmless: the event id is derived from the message, so the page stores it once.
 *
 * <p>Queue ids grow while the process lives and start above those still kept; they may be used
 * again after a restart once acknowledged, which is safe because no page of the old process, the
 * only one that could still send an old id, survives it.
 */
public final class InboundQueue {
  /** One queued event: its queue id, and the event as posted to the page (`queueId` included). */
  public static final class Entry {
    public final long queueId;
    public final String json;

    Entry(long queueId, String json) {
      this.queueId = queueId;
      this.json = json;
    }
  }

  /** What an acknowledgement did. */
  public static final class Ack {
    /** The ids it removed from the queue. */
    public final List<Long> removed;
    /** The ids the queue did not hold (acknowledged before, or never queued): they changed nothing. */
    public final List<Long> unknown;

    Ack(List<Long> removed, List<Long> unknown) {
      this.removed = Collections.unmodifiableList(removed);
      this.unknown = Collections.unmodifiableList(unknown);
    }
  }

  private final LineStore store;
  private final List<Entry> pending = new ArrayList<Entry>();
  private long nextId = 1;

  public InboundQueue(LineStore store) throws IOException {
    this.store = store;
    List<JSONObject> events = new ArrayList<JSONObject>();
    boolean rewrite = false;
    for (String line : store.readAll()) {
      JSONObject event = parse(line);
      // Not an event object: nothing a page could store, so not kept for it.
      if (event == null) {
        rewrite = true;
        continue;
      }
      events.add(event);
      long id = event.optLong("queueId", 0);
      if (id >= nextId) nextId = id + 1;
    }
    for (JSONObject event : events) {
      long id = event.optLong("queueId", 0);
      if (id > 0) {
        pending.add(new Entry(id, event.toString()));
        continue;
      }
      // A line written before acknowledgements existed: numbered now, in its place, and written back
      // so the page sees the same id after another restart.
      pending.add(new Entry(nextId, Events.queued(event, nextId).toString()));
      nextId++;
      rewrite = true;
    }
    if (rewrite) store.rewrite(lines());
  }

  /**
   * A queue that lasts as long as the process: for when the file cannot be read, so received SMS
   * still reach the page, in order and acknowledged, only not across a restart.
   */
  public static InboundQueue inMemory() {
    try {
      return new InboundQueue(new MemoryLineStore());
    } catch (IOException e) {
      throw new IllegalStateException("an empty memory store cannot fail", e);
    }
  }

  /**
   * Queues the event under a new id, durably before returning. When the store cannot write it the
   * entry is kept all the same, so it is still posted and acknowledged in this process, and the
   * IOException says it would not survive a restart.
   */
  public synchronized Entry enqueue(JSONObject event) throws IOException {
    Entry entry = new Entry(nextId, Events.queued(event, nextId).toString());
    nextId++;
    pending.add(entry);
    store.append(entry.json);
    return entry;
  }

  public synchronized List<Entry> pending() {
    return new ArrayList<Entry>(pending);
  }

  public synchronized int size() {
    return pending.size();
  }

  /**
   * The page stored these events: remove exactly them. Unknown ids change nothing, and a queue left
   * unchanged is not written. When the store cannot be rewritten the entries are gone from memory
   * anyway (the page has them) and the IOException says a restart may deliver them once more.
   */
  public synchronized Ack ack(List<Long> queueIds) throws IOException {
    Set<Long> held = new HashSet<Long>();
    for (Entry entry : pending) held.add(Long.valueOf(entry.queueId));
    List<Long> removed = new ArrayList<Long>();
    List<Long> unknown = new ArrayList<Long>();
    // In the order asked, each id once, so the answer reads like the request.
    for (Long id : new LinkedHashSet<Long>(queueIds)) (held.contains(id) ? removed : unknown).add(id);
    Ack ack = new Ack(removed, unknown);
    if (removed.isEmpty()) return ack;
    Set<Long> gone = new HashSet<Long>(removed);
    for (Iterator<Entry> it = pending.iterator(); it.hasNext(); ) {
      if (gone.contains(Long.valueOf(it.next().queueId))) it.remove();
    }
    store.rewrite(lines());
    return ack;
  }

  private List<String> lines() {
    List<String> lines = new ArrayList<String>();
    for (Entry entry : pending) lines.add(entry.json);
    return lines;
  }

  private static JSONObject parse(String line) {
    try {
      Object value = StrictJson.parse(line);
      return value instanceof JSONObject ? (JSONObject) value : null;
    } catch (JSONException e) {
      return null;
    }
  }
}
