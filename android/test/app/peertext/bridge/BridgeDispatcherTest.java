package app.peertext.bridge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.json.JSONObject;
import org.junit.Test;

public class BridgeDispatcherTest {
  private final List<String> warnings = new ArrayList<String>();
  private final FakeHandlers handlers;
  private final BridgeDispatcher dispatcher;

  public BridgeDispatcherTest() throws Exception {
    handlers = new FakeHandlers(new SendLedger(new MemoryLineStore()));
    dispatcher =
        new BridgeDispatcher(
            handlers,
            new BridgeDispatcher.Log() {
              @Override
              public void warn(String message) {
                warnings.add(message);
              }
            });
  }

  private JSONObject answer(String raw) throws Exception {
    String response = dispatcher.handle(raw);
    return (JSONObject) StrictJson.parse(response);
  }

  @Test
  public void requestsWithoutAUsableIdAreDroppedAndLogged() {
    assertNull(dispatcher.handle("{not json"));
    assertNull(dispatcher.handle("{\"type\":\"capabilities\"}"));
    assertNull(dispatcher.handle("{\"id\":\"\",\"type\":\"capabilities\"}"));
    assertEquals(3, warnings.size());
  }

  @Test
  public void refusalsEchoTheId() throws Exception {
    JSONObject unknown = answer("{\"id\":\"r1\",\"type\":\"deleteAll\"}");
    assertEquals("r1", unknown.getString("id"));
    assertEquals("result", unknown.getString("type"));
    assertEquals(false, unknown.getBoolean("success"));
    assertEquals("unknown-type", unknown.getJSONObject("error").getString("code"));
    assertTrue(unknown.getJSONObject("error").getString("message").length() > 0);
    assertEquals("bad-request", answer("{\"id\":\"r2\",\"type\":\"send\",\"payload\":{}}").getJSONObject("error").getString("code"));
  }

  @Test
  public void securityExceptionsArePermissionDenied() throws Exception {
    handlers.listSimsError = new SecurityException("READ_PHONE_STATE revoked");
    JSONObject response = answer("{\"id\":\"r\",\"type\":\"listSims\"}");
    assertEquals("permission-denied", response.getJSONObject("error").getString("code"));
  }

  @Test
  public void crashesAreInternalAndLogged() throws Exception {
    handlers.listSimsError = new IllegalStateException("boom");
    JSONObject response = answer("{\"id\":\"r\",\"type\":\"listSims\"}");
    assertEquals("internal", response.getJSONObject("error").getString("code"));
    assertEquals(1, warnings.size());
  }

  @Test
  public void reportConnectionsReachesItsHandler() throws Exception {
    JSONObject response = answer("{\"id\":\"r\",\"type\":\"reportConnections\",\"payload\":{\"computers\":[\"Laptop\",\"Desk\"]}}");
    assertTrue(response.getBoolean("success"));
    assertEquals(0, response.getJSONObject("result").length());
    assertEquals(2, handlers.computers.size());
  }

  @Test
  public void badNumbersAreRefusedByTheSendPath() throws Exception {
    JSONObject response = answer("{\"id\":\"r\",\"type\":\"send\",\"payload\":{\"id\":\"m\",\"to\":\"Alice\",\"body\":\"hi\"}}");
    assertEquals("bad-request", response.getJSONObject("error").getString("code"));
    assertTrue(handlers.radio.dispatched.isEmpty());
  }

  @Test
  public void responsesAreJsonStringsWithUnicodeIntact() throws Exception {
    String raw = "{\"id\":\"r\",\"type\":\"send\",\"payload\":{\"id\":\"m\\u2028\",\"to\":\"1\",\"body\":\"hi\"}}";
    assertEquals("m\u2028", answer(raw).getJSONObject("result").getString("id"));
  }
}
