package app.peertext.bridge;

import org.json.JSONObject;

/** A raw message from the page in, the response to post back out (or null: nothing can be answered). */
public final class BridgeDispatcher {
  /** Where refusals that cannot be answered are noted. */
  public interface Log {
    void warn(String message);
  }

  private final BridgeHandlers handlers;
  private final Log log;

  public BridgeDispatcher(BridgeHandlers handlers, Log log) {
    this.handlers = handlers;
    this.log = log;
  }

  public String handle(String raw) {
    ParsedRequest parsed = RequestParser.parse(raw);
    if (!parsed.ok()) {
      if (!parsed.answerable()) {
        log.warn("dropped a request without a usable id: " + parsed.code + " " + parsed.message);
        return null;
      }
      return Responses.error(parsed.id, parsed.code, parsed.message).toString();
    }
    BridgeRequest request = parsed.request;
    try {
      return Responses.ok(request.id, route(request)).toString();
    } catch (BridgeFailure failure) {
      return Responses.error(request.id, failure.code(), failure.getMessage()).toString();
    } catch (SecurityException e) {
      // A permission revoked between the check and the call.
      return Responses.error(request.id, BridgeFailure.PERMISSION_DENIED, String.valueOf(e.getMessage())).toString();
    } catch (RuntimeException e) {
      log.warn(request.type + " failed: " + e);
      return Responses.error(request.id, BridgeFailure.INTERNAL, String.valueOf(e)).toString();
    }
  }

  private JSONObject route(BridgeRequest request) throws BridgeFailure {
    String type = request.type;
    if (BridgeRequest.CAPABILITIES.equals(type)) return handlers.capabilities();
    if (BridgeRequest.LIST_SIMS.equals(type)) return handlers.listSims();
    if (BridgeRequest.SEND.equals(type)) return handlers.send(request.send);
    if (BridgeRequest.READ_INBOX.equals(type)) return handlers.readInbox(request.afterId, request.limit);
    if (BridgeRequest.LIST_INBOX_IDS.equals(type)) return handlers.listInboxIds(request.afterId, request.limit);
    if (BridgeRequest.LOOKUP_CONTACTS.equals(type)) return handlers.lookupContacts(request.list);
    if (BridgeRequest.REPORT_CONNECTIONS.equals(type)) return handlers.reportConnections(request.list);
    if (BridgeRequest.ACK_INBOUND.equals(type)) return handlers.ackInbound(request.queueIds);
    throw new BridgeFailure(BridgeFailure.UNKNOWN_TYPE, "Unknown request type " + type + ".");
  }
}
