package app.peertext.bridge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** Edges of core/bridge/parse-bridge-request.ts beyond the shared fixtures. */
public class RequestParserTest {
  private static void refused(String raw, String code) {
    ParsedRequest parsed = RequestParser.parse(raw);
    assertFalse(raw + " was accepted", parsed.ok());
    assertEquals(raw, code, parsed.code);
  }

  private static BridgeRequest accepted(String raw) {
    ParsedRequest parsed = RequestParser.parse(raw);
    assertTrue(raw + ": " + parsed.code + " " + parsed.message, parsed.ok());
    return parsed.request;
  }

  private static String send(String payload) {
    return "{\"id\":\"r\",\"type\":\"send\",\"payload\":" + payload + "}";
  }

  private static String repeat(char c, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) s.append(c);
    return s.toString();
  }

  @Test
  public void refusesWhatJsonParseRefuses() {
    // org.json alone would accept all of these.
    refused("{id:\"r1\",type:\"capabilities\"}", "bad-request");
    refused("{'id':'r1','type':'capabilities'}", "bad-request");
    refused("{\"id\":\"r1\",\"type\":\"capabilities\"} trailing", "bad-request");
    refused("{\"id\":\"r1\",\"type\":\"capabilities\"}/*c*/", "bad-request");
    refused("{\"id\":\"r1\";\"type\":\"capabilities\"}", "bad-request");
    refused("", "bad-request");
    refused("null", "bad-request");
    refused("\"capabilities\"", "bad-request");
    refused("42", "bad-request");
  }

  @Test
  public void idIsCheckedBeforeType() {
    ParsedRequest noId = RequestParser.parse("{\"type\":\"nope\"}");
    assertEquals("bad-request", noId.code);
    assertNull(noId.id);
    assertEquals("bad-request", RequestParser.parse("{\"id\":7,\"type\":\"capabilities\"}").code);
  }

  @Test
  public void unknownTypeKeepsTheIdSoItCanBeAnswered() {
    ParsedRequest parsed = RequestParser.parse("{\"id\":\"r9\",\"type\":\"deleteAll\"}");
    assertEquals("unknown-type", parsed.code);
    assertEquals("r9", parsed.id);
    assertTrue(parsed.answerable());
    assertEquals("unknown-type", RequestParser.parse("{\"id\":\"r9\"}").code);
    assertEquals("unknown-type", RequestParser.parse("{\"id\":\"r9\",\"type\":5}").code);
  }

  @Test
  public void idLengthIsOneToSixtyFour() {
    accepted("{\"id\":\"" + repeat('a', 64) + "\",\"type\":\"capabilities\"}");
    ParsedRequest tooLong = RequestParser.parse("{\"id\":\"" + repeat('a', 65) + "\",\"type\":\"capabilities\"}");
    assertEquals("bad-request", tooLong.code);
    assertFalse("a 65-character id cannot be echoed in a valid response", tooLong.answerable());
    ParsedRequest empty = RequestParser.parse("{\"id\":\"\",\"type\":\"capabilities\"}");
    assertEquals("bad-request", empty.code);
    assertFalse(empty.answerable());
  }

  @Test
  public void payloadOfEmptyRequestsIsOptionalButMustBeAnObject() {
    accepted("{\"id\":\"r\",\"type\":\"listSims\"}");
    accepted("{\"id\":\"r\",\"type\":\"listSims\",\"payload\":{\"extra\":1}}");
    // valibot's v.object takes arrays too (typeof [] === 'object'); matching it beats being stricter.
    accepted("{\"id\":\"r\",\"type\":\"capabilities\",\"payload\":[]}");
    refused("{\"id\":\"r\",\"type\":\"capabilities\",\"payload\":null}", "bad-request");
    refused("{\"id\":\"r\",\"type\":\"capabilities\",\"payload\":\"x\"}", "bad-request");
    refused("{\"id\":\"r\",\"type\":\"send\"}", "bad-request");
    refused(send("[]"), "bad-request");
  }

  @Test
  public void sendFieldsFollowTheSchema() {
    BridgeRequest ok = accepted(send("{\"id\":\"m\",\"to\":\"12345\",\"body\":\"x\",\"extra\":true}"));
    assertEquals("12345", ok.send.to);
    accepted(send("{\"id\":\"m\",\"to\":\"1\",\"body\":\"" + repeat('b', 10000) + "\"}"));
    refused(send("{\"id\":\"m\",\"to\":\"1\",\"body\":\"" + repeat('b', 10001) + "\"}"), "bad-request");
    refused(send("{\"id\":\"m\",\"to\":\"" + repeat('1', 41) + "\",\"body\":\"x\"}"), "bad-request");
    refused(send("{\"id\":\"\",\"to\":\"1\",\"body\":\"x\"}"), "bad-request");
    refused(send("{\"id\":\"" + repeat('m', 65) + "\",\"to\":\"1\",\"body\":\"x\"}"), "bad-request");
    refused(send("{\"to\":\"1\",\"body\":\"x\"}"), "bad-request");
    refused(send("{\"id\":\"m\",\"to\":\"1\",\"body\":null}"), "bad-request");
  }

  @Test
  public void lengthsCountUtf16UnitsLikeJavaScript() {
    // An emoji is two UTF-16 units: 5000 of them are 10000 units, one more is too long.
    String emoji = "\ud83d\ude00";
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 5000; i++) body.append(emoji);
    accepted(send("{\"id\":\"m\",\"to\":\"1\",\"body\":\"" + body + "\"}"));
    refused(send("{\"id\":\"m\",\"to\":\"1\",\"body\":\"" + body + "x\"}"), "bad-request");
    accepted(send("{\"id\":\"m\",\"to\":\"1\",\"body\":\"\\ud83d\\ude00\"}"));
  }

  @Test
  public void simIdIsANonNegativeIntegerWhenPresent() {
    assertEquals(Long.valueOf(0), accepted(send("{\"id\":\"m\",\"to\":\"1\",\"body\":\"x\",\"simId\":0}")).send.simId);
    // 2.0 is the integer 2 in JavaScript.
    assertEquals(Long.valueOf(2), accepted(send("{\"id\":\"m\",\"to\":\"1\",\"body\":\"x\",\"simId\":2.0}")).send.simId);
    assertEquals(Long.valueOf(300), accepted(send("{\"id\":\"m\",\"to\":\"1\",\"body\":\"x\",\"simId\":3e2}")).send.simId);
    refused(send("{\"id\":\"m\",\"to\":\"1\",\"body\":\"x\",\"simId\":null}"), "bad-request");
    refused(send("{\"id\":\"m\",\"to\":\"1\",\"body\":\"x\",\"simId\":\"1\"}"), "bad-request");
    refused(send("{\"id\":\"m\",\"to\":\"1\",\"body\":\"x\",\"simId\":1.5}"), "bad-request");
    refused(send("{\"id\":\"m\",\"to\":\"1\",\"body\":\"x\",\"simId\":1e999}"), "bad-request");
    refused(send("{\"id\":\"m\",\"to\":\"1\",\"body\":\"x\",\"simId\":true}"), "bad-request");
  }

  @Test
  public void readInboxBounds() {
    BridgeRequest big = accepted("{\"id\":\"r\",\"type\":\"readInbox\",\"payload\":{\"afterId\":9007199254740991,\"limit\":1000}}");
    assertEquals(9007199254740991L, big.afterId);
    assertEquals(1000, big.limit);
    // A huge integral double is still an integer to JavaScript; the id range clamps it.
    assertEquals(Long.MAX_VALUE, accepted("{\"id\":\"r\",\"type\":\"readInbox\",\"payload\":{\"afterId\":1e300,\"limit\":1}}").afterId);
    refused("{\"id\":\"r\",\"type\":\"readInbox\",\"payload\":{\"afterId\":-1,\"limit\":1}}", "bad-request");
    refused("{\"id\":\"r\",\"type\":\"readInbox\",\"payload\":{\"afterId\":0,\"limit\":0}}", "bad-request");
    refused("{\"id\":\"r\",\"type\":\"readInbox\",\"payload\":{\"afterId\":0}}", "bad-request");
    refused("{\"id\":\"r\",\"type\":\"readInbox\",\"payload\":{\"afterId\":\"0\",\"limit\":1}}", "bad-request");
  }

  @Test
  public void lookupContactsBounds() {
    StringBuilder numbers = new StringBuilder("[");
    for (int i = 0; i < 200; i++) numbers.append(i == 0 ? "" : ",").append("\"").append(i).append("\"");
    accepted("{\"id\":\"r\",\"type\":\"lookupContacts\",\"payload\":{\"numbers\":" + numbers + "]}}");
    refused("{\"id\":\"r\",\"type\":\"lookupContacts\",\"payload\":{\"numbers\":" + numbers + ",\"x\"]}}", "bad-request");
    accepted("{\"id\":\"r\",\"type\":\"lookupContacts\",\"payload\":{\"numbers\":[]}}");
    refused("{\"id\":\"r\",\"type\":\"lookupContacts\",\"payload\":{\"numbers\":[\"\"]}}", "bad-request");
    refused("{\"id\":\"r\",\"type\":\"lookupContacts\",\"payload\":{\"numbers\":[1]}}", "bad-request");
    refused("{\"id\":\"r\",\"type\":\"lookupContacts\",\"payload\":{\"numbers\":\"1\"}}", "bad-request");
  }

  @Test
  public void reportConnectionsIsTheNativeAddition() {
    BridgeRequest request = accepted("{\"id\":\"r\",\"type\":\"reportConnections\",\"payload\":{\"computers\":[\"Laptop\"]}}");
    assertEquals("Laptop", request.list.get(0));
    accepted("{\"id\":\"r\",\"type\":\"reportConnections\",\"payload\":{\"computers\":[]}}");
    refused("{\"id\":\"r\",\"type\":\"reportConnections\",\"payload\":{}}", "bad-request");
    refused("{\"id\":\"r\",\"type\":\"reportConnections\",\"payload\":{\"computers\":[\"\"]}}", "bad-request");
  }

  @Test
  public void ackInboundBounds() {
    StringBuilder ids = new StringBuilder("[");
    for (int i = 1; i <= 1000; i++) ids.append(i == 1 ? "" : ",").append(i);
    BridgeRequest many = accepted("{\"id\":\"r\",\"type\":\"ackInbound\",\"payload\":{\"queueIds\":" + ids + "]}}");
    assertEquals(1000, many.queueIds.size());
    assertEquals(Long.valueOf(1000), many.queueIds.get(999));
    refused("{\"id\":\"r\",\"type\":\"ackInbound\",\"payload\":{\"queueIds\":" + ids + ",1001]}}", "bad-request");
    assertEquals(
        Long.valueOf(9007199254740991L),
        accepted("{\"id\":\"r\",\"type\":\"ackInbound\",\"payload\":{\"queueIds\":[9007199254740991]}}").queueIds.get(0));
    refused("{\"id\":\"r\",\"type\":\"ackInbound\",\"payload\":{}}", "bad-request");
    refused("{\"id\":\"r\",\"type\":\"ackInbound\",\"payload\":{\"queueIds\":[-3]}}", "bad-request");
    refused("{\"id\":\"r\",\"type\":\"ackInbound\",\"payload\":{\"queueIds\":[null]}}", "bad-request");
    refused("{\"id\":\"r\",\"type\":\"ackInbound\",\"payload\":{\"queueIds\":1}}", "bad-request");
    refused("{\"id\":\"r\",\"type\":\"ackInbound\"}", "bad-request");
  }

  @Test
  public void duplicateKeysKeepTheLastValueLikeJsonParse() {
    assertEquals("capabilities", accepted("{\"id\":\"r\",\"type\":\"send\",\"type\":\"capabilities\"}").type);
  }
}
