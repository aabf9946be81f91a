package app.peertext.bridge;

import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;

/** The `result` of each request type, shaped as RESULT_SCHEMAS in core/bridge/bridge-contract.ts. */
public final class Results {
  public static final int BRIDGE_VERSION = 1;

  private Results() {}

  /** smsPermissions: one of SmsPermissionState's GRANTED, MISSING, RESTRICTED. */
  public static JSONObject capabilities(
      boolean canSend, boolean canReadInbox, boolean canReceive, boolean canReadContacts, String smsPermissions) {
    return new Json()
        .put("bridgeVersion", BRIDGE_VERSION)
        .put("platform", "android")
        .put("canSend", canSend)
        .put("canReadInbox", canReadInbox)
        .put("canReceive", canReceive)
        .put("canReadContacts", canReadContacts)
        .put("smsPermissions", smsPermissions)
        .build();
  }

  public static JSONObject sims(List<Sim> sims) {
    JSONArray list = new JSONArray();
    for (Sim sim : sims) {
      list.put(
          new Json()
              .put("id", sim.id)
              .put("slot", sim.slot)
              .put("carrier", sim.carrier)
              .putIfPresent("number", sim.number)
              .putIfPresent("default", sim.isDefault)
              .build());
    }
    return new Json().put("sims", list).build();
  }

  public static JSONObject send(String id, String state, int parts, boolean duplicate, String reason) {
    return new Json()
        .put("id", id)
        .put("state", state)
        .put("parts", parts)
        .put("duplicate", duplicate)
        .putIfPresent("reason", reason)
        .build();
  }

  public static JSONObject send(SendRecord record, boolean duplicate) {
    return send(record.id, record.state(), record.parts(), duplicate, record.reason());
  }

  public static JSONObject inboxMessage(InboxRow row) {
    return new Json()
        .put("id", row.id)
        .put("box", row.box)
        .put("address", row.address)
        .put("body", row.body)
        .put("date", row.date)
        .put("read", row.read)
        .putIfPresent("simId", row.simId)
        .build();
  }

  /**
   * One page of readInbox. `rows` are the rows after `afterId` in id order, read up to limit + 1:
   * the extra row only tells whether more remain.
   */
  public static JSONObject inboxPage(List<InboxRow> rows, long afterId, int limit) {
    JSONArray messages = new JSONArray();
    long next = afterId;
    int count = Math.min(rows.size(), limit);
    for (int i = 0; i < count; i++) {
      messages.put(inboxMessage(rows.get(i)));
      next = Math.max(next, rows.get(i).id);
    }
    return new Json().put("messages", messages).put("nextAfterId", next).put("done", rows.size() <= limit).build();
  }

  /** A page of ids; `ids` may hold one more than `limit`, which only says another page remains. */
  public static JSONObject inboxIds(List<Long> ids, long afterId, int limit) {
    JSONArray page = new JSONArray();
    long next = afterId;
    int count = Math.min(ids.size(), limit);
    for (int i = 0; i < count; i++) {
      page.put(ids.get(i).longValue());
      next = Math.max(next, ids.get(i).longValue());
    }
    return new Json().put("ids", page).put("nextAfterId", next).put("done", ids.size() <= limit).build();
  }

  /** Contacts found, in the order asked; numbers without a contact are left out. */
  public static JSONObject contacts(List<String[]> numberAndName) {
    JSONArray list = new JSONArray();
    for (String[] pair : numberAndName) list.put(new Json().put("number", pair[0]).put("name", pair[1]).build());
    return new Json().put("contacts", list).build();
  }

  /** What an `ackInbound` did: the queue ids it removed, and those the queue did not hold. */
  public static JSONObject inboundAck(List<Long> removed, List<Long> unknown) {
    JSONArray gone = new JSONArray();
    for (Long id : removed) gone.put(id.longValue());
    JSONArray notHeld = new JSONArray();
    for (Long id : unknown) notHeld.put(id.longValue());
    return new Json().put("removed", gone).put("unknown", notHeld).build();
  }

  public static JSONObject empty() {
    return new JSONObject();
  }
}
