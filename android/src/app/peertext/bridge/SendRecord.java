package app.peertext.bridge;

import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * What the phone knows about one SMS id it dispatched: the state of each part and why it failed.
 * Neither the recipient nor the body is kept: dedupe needs only the id.
 */
public final class SendRecord {
  public final String id;
  private final String[] parts;
  private String reason;
  private Integer resultCode;
  public final long createdAt;

  public SendRecord(String id, int parts, long createdAt) {
    this.id = id;
    this.parts = new String[Math.max(1, parts)];
    for (int i = 0; i < this.parts.length; i++) this.parts[i] = PartStates.DISPATCHED;
    this.createdAt = createdAt;
  }

  /** The ledger hands out copies so a result is built from one consistent moment. */
  SendRecord copy() {
    SendRecord copy = new SendRecord(id, parts.length, createdAt);
    System.arraycopy(parts, 0, copy.parts, 0, parts.length);
    copy.reason = reason;
    copy.resultCode = resultCode;
    return copy;
  }

  public int parts() {
    return parts.length;
  }

  public String part(int index) {
    return parts[index];
  }

  public String state() {
    return PartStates.fold(parts);
  }

  /** Set only once a part failed: the reason of the first failure. */
  public String reason() {
    return PartStates.FAILED.equals(state()) ? reason : null;
  }

  public Integer resultCode() {
    return resultCode;
  }

  /** Applies one part report; false when it changed nothing (a repeat, or a late lower state). */
  boolean apply(int part, String state, Integer code, String why) {
    if (part < 0 || part >= parts.length || !PartStates.isPartState(state)) return false;
    String merged = PartStates.merge(parts[part], state);
    if (merged.equals(parts[part])) return false;
    parts[part] = merged;
    if (PartStates.FAILED.equals(merged) && reason == null) {
      reason = why;
      resultCode = code;
    }
    return true;
  }

  String toLine() {
    try {
      JSONObject json = new JSONObject();
      json.put("id", id);
      json.put("at", createdAt);
      JSONArray states = new JSONArray();
      for (String part : parts) states.put(part);
      json.put("parts", states);
      if (reason != null) json.put("reason", reason);
      if (resultCode != null) json.put("resultCode", resultCode.intValue());
      return json.toString();
    } catch (JSONException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Null for a line that is not a record (a torn or foreign line is skipped, not fatal). */
  static SendRecord fromLine(String line) {
    try {
      Object parsed = StrictJson.parse(line);
      if (!(parsed instanceof JSONObject)) return null;
      JSONObject json = (JSONObject) parsed;
      JSONArray states = json.getJSONArray("parts");
      SendRecord record = new SendRecord(json.getString("id"), states.length(), json.optLong("at", 0));
      for (int i = 0; i < states.length(); i++) record.parts[i] = states.getString(i);
      record.reason = json.has("reason") ? json.getString("reason") : null;
      record.resultCode = json.has("resultCode") ? Integer.valueOf(json.getInt("resultCode")) : null;
      return record;
    } catch (JSONException e) {
      return null;
    }
  }
}
