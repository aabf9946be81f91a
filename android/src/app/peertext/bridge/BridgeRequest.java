package app.peertext.bridge;

import java.util.Collections;
import java.util.List;

/** A request that passed the contract's schema; only the fields of its own type are set. */
public final class BridgeRequest {
  public static final String CAPABILITIES = "capabilities";
  public static final String LIST_SIMS = "listSims";
  public static final String SEND = "send";
  public static final String READ_INBOX = "readInbox";
  public static final String LIST_INBOX_IDS = "listInboxIds";
  public static final String LOOKUP_CONTACTS = "lookupContacts";
  /** Native addition (see android/README.md): the page names the computers it is connected to. */
  public static final String REPORT_CONNECTIONS = "reportConnections";
  /** The page stored these queued inbound events; only now are they removed from the queue. */
  public static final String ACK_INBOUND = "ackInbound";

  public final String id;
  public final String type;
  /** send */
  public final Send send;
  /** readInbox, listInboxIds */
  public final long afterId;
  public final int limit;
  /** lookupContacts: numbers; reportConnections: computer names. */
  public final List<String> list;
  /** ackInbound: the queue ids of the events the page stored. */
  public final List<Long> queueIds;

  /** The payload of `send`. simId is a long because any non-negative JS integer passes the schema. */
  public static final class Send {
    public final String smsId;
    public final String to;
    public final String body;
    public final Long simId;

    public Send(String smsId, String to, String body, Long simId) {
      this.smsId = smsId;
      this.to = to;
      this.body = body;
      this.simId = simId;
    }
  }

  private BridgeRequest(
      String id, String type, Send send, long afterId, int limit, List<String> list, List<Long> queueIds) {
    this.id = id;
    this.type = type;
    this.send = send;
    this.afterId = afterId;
    this.limit = limit;
    this.list = list == null ? Collections.<String>emptyList() : Collections.unmodifiableList(list);
    this.queueIds = queueIds == null ? Collections.<Long>emptyList() : Collections.unmodifiableList(queueIds);
  }

  public static BridgeRequest simple(String id, String type) {
    return new BridgeRequest(id, type, null, 0, 0, null, null);
  }

  public static BridgeRequest send(String id, Send send) {
    return new BridgeRequest(id, SEND, send, 0, 0, null, null);
  }

  /** readInbox and listInboxIds: a page after an id. */
  public static BridgeRequest paged(String id, String type, long afterId, int limit) {
    return new BridgeRequest(id, type, null, afterId, limit, null, null);
  }

  public static BridgeRequest withList(String id, String type, List<String> list) {
    return new BridgeRequest(id, type, null, 0, 0, list, null);
  }

  public static BridgeRequest ackInbound(String id, List<Long> queueIds) {
    return new BridgeRequest(id, ACK_INBOUND, null, 0, 0, null, queueIds);
  }
}
