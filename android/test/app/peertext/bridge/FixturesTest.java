package app.peertext.bridge;

import static app.peertext.bridge.JsonAssert.assertJsonEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.Test;

/**
 * core/bridge/fixtures, read in place: the same files the TypeScript side tests, so the two sides
 * cannot drift apart silently.
 */
public class FixturesTest {
  private static List<JSONObject> valid(String kind) throws Exception {
    JSONArray all = Fixtures.load("valid.json");
    List<JSONObject> matching = new ArrayList<JSONObject>();
    for (int i = 0; i < all.length(); i++) {
      JSONObject fixture = all.getJSONObject(i);
      if (kind.equals(fixture.getString("kind"))) matching.add(fixture);
    }
    assertFalse("no " + kind + " fixtures in valid.json", matching.isEmpty());
    return matching;
  }

  private static JSONObject named(String name) throws Exception {
    JSONArray all = Fixtures.load("valid.json");
    for (int i = 0; i < all.length(); i++) {
      if (name.equals(all.getJSONObject(i).getString("name"))) return all.getJSONObject(i).getJSONObject("message");
    }
    throw new AssertionError("fixture not found: " + name);
  }

  private static JSONObject parse(String json) throws Exception {
    return (JSONObject) StrictJson.parse(json);
  }

  @Test
  public void everyKindIsKnown() throws Exception {
    JSONArray all = Fixtures.load("valid.json");
    for (int i = 0; i < all.length(); i++) {
      String kind = all.getJSONObject(i).getString("kind");
      assertTrue(kind, kind.equals("request") || kind.equals("response") || kind.equals("event"));
    }
  }

  @Test
  public void everyRequestFixtureParses() throws Exception {
    for (JSONObject fixture : valid("request")) {
      JSONObject message = fixture.getJSONObject("message");
      ParsedRequest parsed = RequestParser.parse(message.toString());
      assertTrue(fixture.getString("name") + ": " + parsed.code + " " + parsed.message, parsed.ok());
      assertEquals(message.getString("id"), parsed.request.id);
      assertEquals(message.getString("type"), parsed.request.type);
    }
  }

  @Test
  public void requestFieldsAreRead() throws Exception {
    BridgeRequest send = RequestParser.parse(named("send request with SIM").toString()).request;
    assertEquals("m-2", send.send.smsId);
    assertEquals("+14155552671", send.send.to);
    assertEquals("Hi \u2713", send.send.body);
    assertEquals(Long.valueOf(2), send.send.simId);
    BridgeRequest plain = RequestParser.parse(named("send request").toString()).request;
    assertEquals(null, plain.send.simId);
    BridgeRequest inbox = RequestParser.parse(named("readInbox request").toString()).request;
    assertEquals(0, inbox.afterId);
    assertEquals(2, inbox.limit);
    BridgeRequest contacts = RequestParser.parse(named("lookupContacts request").toString()).request;
    assertEquals("+447911123456", contacts.list.get(0));
    BridgeRequest ack = RequestParser.parse(named("ackInbound request").toString()).request;
    assertEquals(Arrays.asList(Long.valueOf(1), Long.valueOf(2)), ack.queueIds);
  }

  @Test
  public void everyInvalidFixtureIsRefusedWithItsCode() throws Exception {
    JSONArray all = Fixtures.load("invalid.json");
    assertTrue(all.length() > 0);
    for (int i = 0; i < all.length(); i++) {
      JSONObject fixture = all.getJSONObject(i);
      ParsedRequest parsed = RequestParser.parse(fixture.getString("raw"));
      assertFalse(fixture.getString("name") + " was accepted", parsed.ok());
      assertEquals(fixture.getString("name"), fixture.getString("code"), parsed.code);
    }
  }

  /** Each response fixture, rebuilt by the Java builders from its own values, is the same JSON. */
  @Test
  public void buildersReproduceEveryResponseFixture() throws Exception {
    for (JSONObject fixture : valid("response")) {
      JSONObject message = fixture.getJSONObject("message");
      String id = message.getString("id");
      JSONObject rebuilt;
      if (!message.getBoolean("success")) {
        JSONObject error = message.getJSONObject("error");
        rebuilt = Responses.error(id, error.getString("code"), error.getString("message"));
      } else {
        rebuilt = Responses.ok(id, rebuildResult(fixture.getString("request"), message.getJSONObject("result")));
      }
      assertJsonEquals(message, rebuilt);
    }
  }

  private static JSONObject rebuildResult(String request, JSONObject result) throws Exception {
    if (request.equals("capabilities")) {
      assertEquals(Results.BRIDGE_VERSION, result.getInt("bridgeVersion"));
      return Results.capabilities(
          result.getBoolean("canSend"),
          result.getBoolean("canReadInbox"),
          result.getBoolean("canReceive"),
          result.getBoolean("canReadContacts"),
          result.getString("smsPermissions"));
    }
    if (request.equals("listSims")) {
      List<Sim> sims = new ArrayList<Sim>();
      JSONArray list = result.getJSONArray("sims");
      for (int i = 0; i < list.length(); i++) {
        JSONObject sim = list.getJSONObject(i);
        sims.add(new Sim(sim.getInt("id"), sim.getInt("slot"), sim.getString("carrier"), sim.optString("number", null)));
      }
      return Results.sims(sims);
    }
    if (request.equals("send")) {
      return Results.send(
          result.getString("id"),
          result.getString("state"),
          result.getInt("parts"),
          result.getBoolean("duplicate"),
          result.optString("reason", null));
    }
    if (request.equals("readInbox")) {
      JSONArray messages = result.getJSONArray("messages");
      List<InboxRow> rows = new ArrayList<InboxRow>();
      for (int i = 0; i < messages.length(); i++) {
        JSONObject m = messages.getJSONObject(i);
        rows.add(
            new InboxRow(
                m.getLong("id"),
                m.getString("box").equals("sent") ? InboxRow.TYPE_SENT : InboxRow.TYPE_INBOX,
                m.getString("address"),
                m.getString("body"),
                m.getLong("date"),
                m.getBoolean("read"),
                m.has("simId") ? Integer.valueOf(m.getInt("simId")) : null));
      }
      long last = rows.isEmpty() ? result.getLong("nextAfterId") : rows.get(rows.size() - 1).id;
      int limit = Math.max(1, rows.size());
      // `done: false` means the reader saw one row past the page.
      if (!result.getBoolean("done")) rows.add(new InboxRow(last + 1, 1, "x", "x", 0, false, null));
      return Results.inboxPage(rows, rows.isEmpty() ? result.getLong("nextAfterId") : 0, limit);
    }
    if (request.equals("listInboxIds")) {
      JSONArray page = result.getJSONArray("ids");
      List<Long> ids = new ArrayList<Long>();
      for (int i = 0; i < page.length(); i++) ids.add(Long.valueOf(page.getLong(i)));
      long last = ids.isEmpty() ? result.getLong("nextAfterId") : ids.get(ids.size() - 1).longValue();
      int limit = Math.max(1, ids.size());
      if (!result.getBoolean("done")) ids.add(Long.valueOf(last + 1));
      return Results.inboxIds(ids, ids.isEmpty() ? result.getLong("nextAfterId") : 0, limit);
    }
    if (request.equals("lookupContacts")) {
      List<String[]> found = new ArrayList<String[]>();
      JSONArray contacts = result.getJSONArray("contacts");
      for (int i = 0; i < contacts.length(); i++) {
        found.add(new String[] {contacts.getJSONObject(i).getString("number"), contacts.getJSONObject(i).getString("name")});
      }
      return Results.contacts(found);
    }
    if (request.equals("reportConnections")) return Results.empty();
    if (request.equals("ackInbound")) {
      return Results.inboundAck(longs(result.getJSONArray("removed")), longs(result.getJSONArray("unknown")));
    }
    fail("no Java builder for a " + request + " result: add one and a rebuild here");
    return null;
  }

  private static List<Long> longs(JSONArray array) throws Exception {
    List<Long> values = new ArrayList<Long>();
    for (int i = 0; i < array.length(); i++) values.add(Long.valueOf(array.getLong(i)));
    return values;
  }

  @Test
  public void buildersReproduceEveryEventFixture() throws Exception {
    for (JSONObject fixture : valid("event")) {
      JSONObject message = fixture.getJSONObject("message");
      JSONObject data = message.getJSONObject("data");
      String event = message.getString("event");
      JSONObject rebuilt;
      if (event.equals("sms-status")) {
        rebuilt =
            Events.smsStatus(
                data.getString("id"),
                data.getInt("part"),
                data.getInt("parts"),
                data.getString("state"),
                data.has("resultCode") ? Integer.valueOf(data.getInt("resultCode")) : null,
                data.optString("reason", null));
      } else if (event.equals("sms-received")) {
        rebuilt =
            Events.smsReceived(
                data.getString("id"),
                data.getString("from"),
                data.getString("body"),
                data.getLong("date"),
                data.has("simId") ? Integer.valueOf(data.getInt("simId")) : null);
        if (message.has("queueId")) rebuilt = Events.queued(rebuilt, message.getLong("queueId"));
      } else if (event.equals("inbox-changed")) {
        rebuilt = Events.inboxChanged();
      } else {
        fail("no Java builder for event " + event);
        return;
      }
      assertJsonEquals(message, rebuilt);
    }
  }

  // The same fixtures reached through the real paths: parser, dispatcher, coordinator, ledger.

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
