package app.peertext.bridge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every SMS id the phone ever dispatched, with its part states, kept durably so that a repeated
 * `send` (page reload, computer retry, process restart) is answered instead of sent again. An id is
 * recorded before the radio is touched: a crash in between leaves it `dispatched` and never resent,
 * which is the contract's choice of at-most-once over at-least-once.
 */
public final class SendLedger {
  private static final int COMPACT_SLACK = 256;

  private final LineStore store;
  private final Map<String, SendRecord> records = new LinkedHashMap<String, SendRecord>();
  private int lines;

  /** The outcome of claiming an id: the record and whether this call created it. */
  public static final class Claim {
    public final SendRecord record;
    public final boolean fresh;

    Claim(SendRecord record, boolean fresh) {
      this.record = record;
      this.fresh = fresh;
    }
  }

  public SendLedger(LineStore store) throws IOException {
    this.store = store;
    for (String line : store.readAll()) {
      lines++;
      SendRecord record = SendRecord.fromLine(line);
      if (record != null) records.put(record.id, record);
    }
  }

  public synchronized SendRecord get(String id) {
    SendRecord record = records.get(id);
    return record == null ? null : record.copy();
  }

  public synchronized int size() {
    return records.size();
  }

  /**
   * Records `id` as dispatched with `parts` parts, durably, unless it is known already. Throws when
   * the record could not be written: the caller must then not send.
   */
  public synchronized Claim claim(String id, int parts, long now) throws IOException {
    SendRecord known = records.get(id);
    if (known != null) return new Claim(known.copy(), false);
    SendRecord record = new SendRecord(id, parts, now);
    persist(record);
    records.put(id, record);
    return new Claim(record.copy(), true);
  }

  /** Applies a part report; returns the updated record, or null when the id is unknown or nothing changed. */
  public synchronized SendRecord recordPart(String id, int part, String state, Integer resultCode, String reason)
      throws IOException {
    SendRecord record = records.get(id);
    if (record == null) return null;
    SendRecord next = record.copy();
    if (!next.apply(part, state, resultCode, reason)) return null;
    persist(next);
    records.put(id, next);
    return next.copy();
  }

  /** Marks every part failed, for a dispatch the radio refused outright. */
  public synchronized SendRecord failAll(String id, String reason) throws IOException {
    SendRecord record = records.get(id);
    if (record == null) return null;
    SendRecord next = record.copy();
    for (int part = 0; part < next.parts(); part++) next.apply(part, PartStates.FAILED, null, reason);
    persist(next);
    records.put(id, next);
    return next.copy();
  }

  private void persist(SendRecord record) throws IOException {
    store.append(record.toLine());
    lines++;
    if (lines <= records.size() * 2 + COMPACT_SLACK) return;
    try {
      compact(record);
    } catch (IOException e) {
      // The record itself is durable; a failed compaction only leaves a longer log to retry later.
    }
  }

  private void compact(SendRecord latest) throws IOException {
    List<String> current = new ArrayList<String>();
    for (SendRecord record : records.values()) {
      if (!record.id.equals(latest.id)) current.add(record.toLine());
    }
    current.add(latest.toLine());
    store.rewrite(current);
    lines = current.size();
  }
}
