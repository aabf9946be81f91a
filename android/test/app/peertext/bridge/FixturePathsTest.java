package app.peertext.bridge;

import static app.peertext.bridge.Fixtures.named;
import static app.peertext.bridge.Fixtures.parse;
import static app.peertext.bridge.JsonAssert.assertJsonEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import org.json.JSONObject;
import org.junit.Test;

/**
 * core/bridge/fixtures reached through the real paths: parser, dispatcher, coordinator, ledger and
 * inbound queue answer each request with its fixture.
 */
public class FixturePathsTest {
  private static BridgeDispatcher dispatcher(FakeHandlers handlers) {
    return new BridgeDispatcher(
        handlers,
        new BridgeDispatcher.Log() {
          @Override
          public void warn(String message) {}
        });
  }

  @Test
  public void capabilitiesRequestAnswersTheFixture() throws Exception {
    FakeHandlers handlers = new FakeHandlers(new SendLedger(new MemoryLineStore()));
    String response = dispatcher(handlers).handle(named("capabilities request").toString());
    assertJsonEquals(named("capabilities result"), parse(response));
  }

  @Test
  public void listSimsRequestAnswersTheFixture() throws Exception {
    FakeHandlers handlers = new FakeHandlers(new SendLedger(new MemoryLineStore()));
    String response = dispatcher(handlers).handle(named("listSims request").toString());
    JSONObject expected = named("listSims result, dual SIM");
    assertJsonEquals(expected, parse(response));
  }

  @Test
  public void freshSendAnswersDispatched() throws Exception {
    FakeHandlers handlers = new FakeHandlers(new SendLedger(new MemoryLineStore()));
    String response = dispatcher(handlers).handle(named("send request").toString());
    assertJsonEquals(named("send result, dispatched"), parse(response));
    assertEquals(1, handlers.radio.dispatched.size());
  }

  @Test
  public void repeatedSendAnswersItsCurrentStateWithoutSending() throws Exception {
    SendLedger ledger = new SendLedger(new MemoryLineStore());
    FakeHandlers handlers = new FakeHandlers(ledger);
    BridgeDispatcher dispatcher = dispatcher(handlers);
    // The fixture's state has two parts: split every 10 characters and send a longer body first.
    handlers.radio.partSize = 10;
    JSONObject first = named("send request with SIM");
    first.getJSONObject("payload").put("body", "Hi there, two parts");
    dispatcher.handle(first.toString());
    ledger.recordPart("m-2", 0, PartStates.DELIVERED, null, null);
    ledger.recordPart("m-2", 1, PartStates.DELIVERED, null, null);
    JSONObject again = named("send request with SIM");
    again.put("id", "r5");
    assertJsonEquals(
        named("send result, repeated id answered with its current state"), parse(dispatcher.handle(again.toString())));
    assertEquals(1, handlers.radio.dispatched.size());
  }

  @Test
  public void sendWithoutPermissionAnswersTheFixture() throws Exception {
    FakeHandlers handlers = new FakeHandlers(new SendLedger(new MemoryLineStore()));
    handlers.radio.canSend = false;
    JSONObject request = named("send request");
    request.put("id", "r6");
    assertJsonEquals(named("send refused, no permission"), parse(dispatcher(handlers).handle(request.toString())));
    assertTrue(handlers.radio.dispatched.isEmpty());
  }

  @Test
  public void readInboxRequestAnswersTheFixture() throws Exception {
    FakeHandlers handlers = new FakeHandlers(new SendLedger(new MemoryLineStore()));
    handlers.inbox.add(new InboxRow(11, InboxRow.TYPE_INBOX, "+447911123456", "See you", 1763900000000L, true, -1));
    handlers.inbox.add(new InboxRow(12, InboxRow.TYPE_SENT, "+447911123456", "See you", 1763900060000L, true, 1));
    handlers.inbox.add(new InboxRow(13, InboxRow.TYPE_INBOX, "+447911123456", "Later", 1763900070000L, false, null));
    String response = dispatcher(handlers).handle(named("readInbox request").toString());
    assertJsonEquals(named("readInbox result"), parse(response));
  }

  @Test
  public void listInboxIdsRequestAnswersTheFixture() throws Exception {
    FakeHandlers handlers = new FakeHandlers(new SendLedger(new MemoryLineStore()));
    // Ids 1, 2, 4, 5, 6 were deleted on the phone: only what is left is listed.
    for (long id : new long[] {3, 7, 8}) {
      handlers.inbox.add(new InboxRow(id, InboxRow.TYPE_INBOX, "+447911123456", "x", 1763900000000L, true, null));
    }
    String response = dispatcher(handlers).handle(named("listInboxIds request").toString());
    assertJsonEquals(named("listInboxIds result"), parse(response));
  }

  @Test
  public void lookupContactsRequestAnswersTheFixture() throws Exception {
    FakeHandlers handlers = new FakeHandlers(new SendLedger(new MemoryLineStore()));
    String response = dispatcher(handlers).handle(named("lookupContacts request").toString());
    assertJsonEquals(named("lookupContacts result"), parse(response));
  }

  @Test
  public void sentIntentResultsBecomeTheStatusFixtures() throws Exception {
    assertJsonEquals(named("sms-status sent, part 1 of 2"), Events.sentResult("m-2", 0, 2, ResultCodes.RESULT_OK));
    assertJsonEquals(named("sms-status failed with reason"), Events.sentResult("m-3", 0, 1, 4));
  }

  @Test
  public void receivedSmsQueuedFirstBecomesTheFixture() throws Exception {
    InboundQueue queue = InboundQueue.inMemory();
    queue.enqueue(Events.smsReceived("in-42", "+447911123456", "Call me", 1763900120000L, Integer.valueOf(1)));
    assertJsonEquals(named("sms-received"), parse(queue.pending().get(0).json));
  }

  @Test
  public void ackInboundRequestAnswersTheFixture() throws Exception {
    FakeHandlers handlers = new FakeHandlers(new SendLedger(new MemoryLineStore()));
    handlers.inbound.received(Events.smsReceived("a", "+447911123456", "one", 1, null));
    handlers.inbound.received(Events.smsReceived("b", "+447911123456", "two", 2, null));
    String response = dispatcher(handlers).handle(named("ackInbound request").toString());
    assertJsonEquals(named("ackInbound result"), parse(response));
    assertEquals(0, handlers.inbound.queue().size());
  }

  @Test
  public void anAckRepeatedAfterARedeliveryAnswersTheFixture() throws Exception {
    FakeHandlers handlers = new FakeHandlers(new SendLedger(new MemoryLineStore()));
    handlers.inbound.received(Events.smsReceived("a", "+447911123456", "one", 1, null));
    handlers.inbound.received(Events.smsReceived("b", "+447911123456", "two", 2, null));
    handlers.inbound.ack(Arrays.asList(Long.valueOf(1)));
    JSONObject request = named("ackInbound request");
    request.put("id", "r12");
    String response = dispatcher(handlers).handle(request.toString());
    assertJsonEquals(named("ackInbound result, one acknowledged before"), parse(response));
    assertEquals(0, handlers.inbound.queue().size());
  }
}
