package app.peertext.bridge;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * core/bridge/parse-bridge-request.ts in Java: the same checks in the same order, so the page, the
 * e2e double and the phone refuse the same requests with the same codes.
 */
public final class RequestParser {
  static final int MAX_ID = 64;
  static final int MAX_ADDRESS = 40;
  static final int MAX_BODY = 10000;
  static final int MAX_NUMBERS = 200;
  static final int MAX_INBOX_PAGE = 1000;
  static final int MAX_ID_PAGE = 5000;
  static final int MAX_COMPUTERS = 20;
  static final int MAX_COMPUTER_NAME = 64;
  static final int MAX_ACKS = 1000;

  private static final Set<String> TYPES =
      new HashSet<String>(
          Arrays.asList(
              BridgeRequest.CAPABILITIES,
              BridgeRequest.LIST_SIMS,
              BridgeRequest.SEND,
              BridgeRequest.READ_INBOX,
              BridgeRequest.LIST_INBOX_IDS,
              BridgeRequest.LOOKUP_CONTACTS,
              BridgeRequest.REPORT_CONNECTIONS,
              BridgeRequest.ACK_INBOUND));

  private RequestParser() {}

  public static ParsedRequest parse(String raw) {
    Object value;
    try {
      value = StrictJson.parse(raw);
    } catch (JSONException e) {
      return ParsedRequest.refused(BridgeFailure.BAD_REQUEST, "Request is not valid JSON.", null);
    }
    if (!(value instanceof JSONObject)) {
      return ParsedRequest.refused(BridgeFailure.BAD_REQUEST, "Request must be a JSON object.", null);
    }
    JSONObject record = (JSONObject) value;
    Object rawId = record.opt("id");
    if (!(rawId instanceof String)) {
      return ParsedRequest.refused(BridgeFailure.BAD_REQUEST, "Request has no id.", null);
    }
    String id = (String) rawId;
    Object type = record.opt("type");
    if (!(type instanceof String) || !TYPES.contains(type)) {
      String shown = type == null ? "undefined" : String.valueOf(type);
      return ParsedRequest.refused(BridgeFailure.UNKNOWN_TYPE, "Unknown request type " + shown + ".", id);
    }
    try {
      return ParsedRequest.ok(typed(record, id, (String) type));
    } catch (BridgeFailure failure) {
      return ParsedRequest.refused(failure.code(), failure.getMessage(), id);
    }
  }

  private static BridgeRequest typed(JSONObject record, String id, String type) throws BridgeFailure {
    Fields.checkLength(id, "id", 1, MAX_ID);
    if (BridgeRequest.CAPABILITIES.equals(type) || BridgeRequest.LIST_SIMS.equals(type)) {
      if (record.has("payload")) Fields.object(record.opt("payload"), "payload");
      return BridgeRequest.simple(id, type);
    }
    JSONObject payload = Fields.object(record.opt("payload"), "payload");
    if (BridgeRequest.SEND.equals(type)) {
      String smsId = Fields.string(payload, "id", 1, MAX_ID);
      String to = Fields.string(payload, "to", 1, MAX_ADDRESS);
      String body = Fields.string(payload, "body", 1, MAX_BODY);
      Long simId = Fields.optionalInteger(payload, "simId", 0, Long.MAX_VALUE);
      return BridgeRequest.send(id, new BridgeRequest.Send(smsId, to, body, simId));
    }
    if (BridgeRequest.READ_INBOX.equals(type)) {
      long afterId = Fields.integer(payload, "afterId", 0, Long.MAX_VALUE);
      int limit = (int) Fields.integer(payload, "limit", 1, MAX_INBOX_PAGE);
      return BridgeRequest.paged(id, type, afterId, limit);
    }
    if (BridgeRequest.LIST_INBOX_IDS.equals(type)) {
      long afterId = Fields.integer(payload, "afterId", 0, Long.MAX_VALUE);
      int limit = (int) Fields.integer(payload, "limit", 1, MAX_ID_PAGE);
      return BridgeRequest.paged(id, type, afterId, limit);
    }
    if (BridgeRequest.LOOKUP_CONTACTS.equals(type)) {
      return BridgeRequest.withList(id, type, Fields.strings(payload, "numbers", MAX_NUMBERS, 1, MAX_ADDRESS));
    }
    if (BridgeRequest.ACK_INBOUND.equals(type)) {
      return BridgeRequest.ackInbound(id, Fields.integers(payload, "queueIds", 1, MAX_ACKS, 1, Long.MAX_VALUE));
    }
    return BridgeRequest.withList(
        id, type, Fields.strings(payload, "computers", MAX_COMPUTERS, 1, MAX_COMPUTER_NAME));
  }
}
