package app.peertext.bridge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONObject;

/** BridgeHandlers over the real SendCoordinator and builders, with canned phone data. */
final class FakeHandlers implements BridgeHandlers {
  final FakeRadio radio = new FakeRadio();
  final SendLedger ledger;
  final List<InboxRow> inbox = new ArrayList<InboxRow>();
  List<String> computers = new ArrayList<String>();
  final InboundRelay inbound = new InboundRelay(InboundQueue.inMemory());
  RuntimeException listSimsError;

  FakeHandlers(SendLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public JSONObject capabilities() {
    return Results.capabilities(radio.canSend, true, true, false, SmsPermissionState.GRANTED);
  }

  @Override
  public JSONObject listSims() {
    if (listSimsError != null) throw listSimsError;
    List<Sim> sims = new ArrayList<Sim>();
    sims.add(new Sim(1, 0, "Vodafone", "+447911123456", Boolean.FALSE));
    sims.add(new Sim(2, 1, "O2", "", Boolean.TRUE));
    return Results.sims(sims);
  }

  @Override
  public JSONObject send(BridgeRequest.Send send) throws BridgeFailure {
    SendCoordinator.Clock clock =
        new SendCoordinator.Clock() {
          @Override
          public long now() {
            return 1763900000000L;
          }
        };
    return new SendCoordinator(ledger, radio, clock).send(send);
  }

  @Override
  public JSONObject readInbox(long afterId, int limit) {
    List<InboxRow> rows = new ArrayList<InboxRow>();
    for (InboxRow row : inbox) {
      if (row.id > afterId && rows.size() < limit + 1) rows.add(row);
    }
    return Results.inboxPage(rows, afterId, limit);
  }

  @Override
  public JSONObject listInboxIds(long afterId, int limit) {
    List<Long> ids = new ArrayList<Long>();
    for (InboxRow row : inbox) {
      if (row.id > afterId && ids.size() < limit + 1) ids.add(Long.valueOf(row.id));
    }
    return Results.inboxIds(ids, afterId, limit);
  }

  @Override
  public JSONObject lookupContacts(List<String> numbers) {
    List<String[]> found = new ArrayList<String[]>();
    for (String number : numbers) {
      if (number.equals("+447911123456")) found.add(new String[] {number, "Alice"});
    }
    return Results.contacts(found);
  }

  @Override
  public JSONObject reportConnections(List<String> names) {
    computers = new ArrayList<String>(names);
    return Results.empty();
  }

  @Override
  public JSONObject ackInbound(List<Long> queueIds) throws BridgeFailure {
    try {
      InboundQueue.Ack ack = inbound.ack(queueIds);
      return Results.inboundAck(ack.removed, ack.unknown);
    } catch (IOException e) {
      throw new BridgeFailure(BridgeFailure.INTERNAL, String.valueOf(e));
    }
  }
}
