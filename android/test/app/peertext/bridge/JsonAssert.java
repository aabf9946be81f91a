package app.peertext.bridge;

import static org.junit.Assert.fail;

import java.util.Iterator;
import java.util.TreeSet;
import org.json.JSONArray;
import org.json.JSONObject;

/** Deep equality of org.json values as JSON means it: key order ignored, 12 and 12.0 equal. */
final class JsonAssert {
  private JsonAssert() {}

  static void assertJsonEquals(Object expected, Object actual) {
    String difference = difference("$", expected, actual);
    if (difference != null) fail(difference + "\nexpected: " + expected + "\nactual:   " + actual);
  }

  static String difference(String path, Object expected, Object actual) {
    if (expected instanceof JSONObject && actual instanceof JSONObject) {
      JSONObject e = (JSONObject) expected;
      JSONObject a = (JSONObject) actual;
      TreeSet<String> keys = new TreeSet<String>();
      for (Iterator<String> it = e.keys(); it.hasNext(); ) keys.add(it.next());
      for (Iterator<String> it = a.keys(); it.hasNext(); ) keys.add(it.next());
      for (String key : keys) {
        if (!e.has(key)) return path + "." + key + " is extra";
        if (!a.has(key)) return path + "." + key + " is missing";
        String inner = difference(path + "." + key, e.opt(key), a.opt(key));
        if (inner != null) return inner;
      }
      return null;
    }
    if (expected instanceof JSONArray && actual instanceof JSONArray) {
      JSONArray e = (JSONArray) expected;
      JSONArray a = (JSONArray) actual;
      if (e.length() != a.length()) return path + " has " + a.length() + " items, expected " + e.length();
      for (int i = 0; i < e.length(); i++) {
        String inner = difference(path + "[" + i + "]", e.opt(i), a.opt(i));
        if (inner != null) return inner;
      }
      return null;
    }
    if (expected instanceof Number && actual instanceof Number) {
      return ((Number) expected).doubleValue() == ((Number) actual).doubleValue()
          ? null
          : path + ": " + actual + " != " + expected;
    }
    if (expected == null ? actual == null : expected.equals(actual)) return null;
    return path + ": " + actual + " != " + expected;
  }
}
