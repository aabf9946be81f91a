package app.peertext.bridge;

import java.util.Iterator;
import org.json.JSONObject;

/** The events the phone posts without being asked. */
public final class Events {
  private Events() {}

  public static JSONObject smsStatus(String id, int part, int parts, String state, Integer resultCode, String reason) {
    JSONObject data =
        new Json()
            .put("id", id)
            .put("part", part)
            .put("parts", parts)
            .put("state", state)
            .putIfPresent("resultCode", resultCode)
            .putIfPresent("reason", reason)
            .build();
    return event("sms-status", data);
  }

  /** A sent-intent result: RESULT_OK is `sent`, anything else `failed` with the code in words. */
  public static JSONObject sentResult(String id, int part, int parts, int resultCode) {
    if (resultCode == ResultCodes.RESULT_OK) return smsStatus(id, part, parts, PartStates.SENT, null, null);
    return smsStatus(
        id, part, parts, PartStates.FAILED, Integer.valueOf(resultCode), ResultCodes.reason(resultCode));
  }

  public static JSONObject smsReceived(String id, String from, String body, long date, Integer simId) {
    JSONObject data =
        new Json()
            .put("id", id)
            .put("from", from)
            .put("body", body)
            .put("date", date)
            .putIfPresent("simId", simId)
            .build();
    return event("sms-received", data);
  }

  /**
   * The event as the inbound queue posts it: a copy with its `queueId`, which the page sends back
   * in `ackInbound` once it stored the event (only then does the queue forget it).
   */
  public static JSONObject queued(JSONObject event, long queueId) {
    Json copy = new Json();
    for (Iterator<String> keys = event.keys(); keys.hasNext(); ) {
      String key = keys.next();
      copy.put(key, event.opt(key));
    }
    return copy.put("queueId", queueId).build();
  }

  public static JSONObject inboxChanged() {
    return event("inbox-changed", new JSONObject());
  }

  private static JSONObject event(String name, JSONObject data) {
    return new Json().put("type", "event").put("event", name).put("data", data).build();
  }
}
