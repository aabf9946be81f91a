package app.peertext.bridge;

import static app.peertext.bridge.Fixtures.valid;
import static app.peertext.bridge.JsonAssert.assertJsonEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.Test;

/**
 * core/bridge/fixtures rebuilt by the Java builders (Responses, Results, Events) from their own
 * values: each response and event fixture comes out as the same JSON.
 */
public class FixtureBuildersTest {
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
        sims.add(new Sim(sim.getInt("id"), sim.getInt("slot"), sim.getString("carrier"), sim.optString("number", null),
            sim.has("default") ? Boolean.valueOf(sim.getBoolean("default")) : null));
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
}
