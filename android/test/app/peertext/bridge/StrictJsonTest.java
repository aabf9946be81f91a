package app.peertext.bridge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;
import org.junit.Test;

public class StrictJsonTest {
  private static void invalid(String text) {
    try {
      StrictJson.parse(text);
      fail("accepted " + text);
    } catch (JSONException expected) {
      // refused, as JSON.parse would
    }
  }

  @Test
  public void readsEveryJsonValue() throws Exception {
    JSONObject o = (JSONObject) StrictJson.parse(" {\"a\":[1,-2.5,3e2,true,false,null,\"s\",{}],\"b\":{\"c\":[]}} ");
    JSONArray a = o.getJSONArray("a");
    assertEquals(Long.valueOf(1), a.get(0));
    assertEquals(-2.5, (Double) a.get(1), 0);
    assertEquals(300.0, (Double) a.get(2), 0);
    assertEquals(Boolean.TRUE, a.get(3));
    assertEquals(Boolean.FALSE, a.get(4));
    assertSame(JSONObject.NULL, a.get(5));
    assertEquals("s", a.get(6));
    assertTrue(a.get(7) instanceof JSONObject);
    assertEquals(0, o.getJSONObject("b").getJSONArray("c").length());
  }

  @Test
  public void decodesEscapes() throws Exception {
    assertEquals("\"\\/\b\f\n\r\t\u00e9\ud83d\ude00", StrictJson.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\""));
  }

  @Test
  public void refusesLenientForms() {
    invalid("{a:1}");
    invalid("{'a':1}");
    invalid("[1,]");
    invalid("{\"a\":1,}");
    invalid("01");
    invalid("1.");
    invalid(".5");
    invalid("+1");
    invalid("0x10");
    invalid("NaN");
    invalid("\"tab\there\"");
    invalid("\"\\x41\"");
    invalid("\"\\u12\"");
    invalid("[1] [2]");
    invalid("// c\n1");
    invalid("tru");
    invalid("");
    invalid("   ");
  }

  @Test
  public void bigIntegersBecomeDoubles() throws Exception {
    assertEquals(Long.valueOf(999999999999999999L), StrictJson.parse("999999999999999999"));
    assertEquals(1.0e19, (Double) StrictJson.parse("10000000000000000000"), 0);
  }

  @Test
  public void infinityIsAMarkerNotAnError() throws Exception {
    assertSame(StrictJson.NonFinite.POSITIVE, StrictJson.parse("1e999"));
    assertSame(StrictJson.NonFinite.NEGATIVE, StrictJson.parse("-1e999"));
  }

  @Test
  public void deepNestingIsRefusedNotACrash() {
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 10000; i++) deep.append('[');
    invalid(deep.toString());
  }
}
