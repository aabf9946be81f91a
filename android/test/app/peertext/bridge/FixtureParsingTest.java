package app.peertext.bridge;

import static app.peertext.bridge.Fixtures.named;
import static app.peertext.bridge.Fixtures.valid;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.Test;

/**
 * core/bridge/fixtures, read in place by the request parser: every valid request parses with its
 * fields, every invalid one is refused with its code. The same files the TypeScript side tests, so
 * the two sides cannot drift apart silently.
 */
public class FixtureParsingTest {
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
}
