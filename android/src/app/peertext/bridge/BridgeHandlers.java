package app.peertext.bridge;

import java.util.List;
import org.json.JSONObject;

/** One method per request type; each returns the `result` or throws a BridgeFailure. */
public interface BridgeHandlers {
  JSONObject capabilities() throws BridgeFailure;

  JSONObject listSims() throws BridgeFailure;

  JSONObject send(BridgeRequest.Send send) throws BridgeFailure;

  JSONObject readInbox(long afterId, int limit) throws BridgeFailure;

  JSONObject listInboxIds(long afterId, int limit) throws BridgeFailure;

  JSONObject lookupContacts(List<String> numbers) throws BridgeFailure;

  JSONObject reportConnections(List<String> computers) throws BridgeFailure;

  /** The page stored these queued events: remove them from the inbound queue (InboundRelay.ack). */
  JSONObject ackInbound(List<Long> queueIds) throws BridgeFailure;
}
