package app.peertext.bridge;

import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * The schema checks of core/bridge/bridge-contract.ts (valibot) over org.json values. Lengths count
 * UTF-16 units like JavaScript's String.length; numbers are JavaScript numbers, so 2.0 is an integer.
 */
final class Fields {
  private Fields() {}

  static String string(JSONObject from, String key, int min, int max) throws BridgeFailure {
    Object value = from.opt(key);
    if (!(value instanceof String)) throw BridgeFailure.badRequest(key + " must be a string");
    return checkLength((String) value, key, min, max);
  }

  static String checkLength(String value, String key, int min, int max) throws BridgeFailure {
    if (value.length() < min || value.length() > max) {
      throw BridgeFailure.badRequest(key + " must be " + min + " to " + max + " characters");
    }
    return value;
  }

  /** An integer in [min, max]; integral values beyond long's range are clamped, as they are still integers in JS. */
  static long integer(JSONObject from, String key, long min, long max) throws BridgeFailure {
    Object value = from.opt(key);
    if (value == null) throw BridgeFailure.badRequest(key + " is required");
    return checkInteger(value, key, min, max);
  }

  /** An optional integer: absent gives null, JSON null is refused as valibot's v.optional does. */
  static Long optionalInteger(JSONObject from, String key, long min, long max) throws BridgeFailure {
    if (!from.has(key)) return null;
    return Long.valueOf(checkInteger(from.opt(key), key, min, max));
  }

  private static long checkInteger(Object value, String key, long min, long max) throws BridgeFailure {
    long result;
    if (value instanceof Long || value instanceof Integer) {
      result = ((Number) value).longValue();
    } else if (value instanceof Double) {
      double d = ((Double) value).doubleValue();
      if (Double.isNaN(d) || d != Math.rint(d)) throw BridgeFailure.badRequest(key + " must be an integer");
      if (d >= 9.2e18) result = Long.MAX_VALUE;
      else if (d <= -9.2e18) result = Long.MIN_VALUE;
      else result = (long) d;
    } else if (value instanceof StrictJson.NonFinite) {
      throw BridgeFailure.badRequest(key + " must be an integer");
    } else {
      throw BridgeFailure.badRequest(key + " must be a number");
    }
    if (result < min) throw BridgeFailure.badRequest(key + " must be at least " + min);
    if (result > max) throw BridgeFailure.badRequest(key + " must be at most " + max);
    return result;
  }

  /** valibot's v.object accepts any non-null object, arrays included; only null and primitives fail. */
  static JSONObject object(Object value, String key) throws BridgeFailure {
    if (value instanceof JSONObject) return (JSONObject) value;
    if (value instanceof JSONArray) return new JSONObject();
    throw BridgeFailure.badRequest(key + " must be an object");
  }

  /** An array of integers in [min, max], with minItems..maxItems of them (items are checked first, as valibot does). */
  static List<Long> integers(JSONObject from, String key, int minItems, int maxItems, long min, long max)
      throws BridgeFailure {
    Object value = from.opt(key);
    if (!(value instanceof JSONArray)) throw BridgeFailure.badRequest(key + " must be an array");
    JSONArray array = (JSONArray) value;
    List<Long> result = new ArrayList<Long>();
    for (int i = 0; i < array.length(); i++) {
      result.add(Long.valueOf(checkInteger(array.opt(i), key + "[" + i + "]", min, max)));
    }
    if (result.size() < minItems) throw BridgeFailure.badRequest(key + " needs at least " + minItems + " items");
    if (result.size() > maxItems) throw BridgeFailure.badRequest(key + " has more than " + maxItems + " items");
    return result;
  }

  static List<String> strings(JSONObject from, String key, int maxItems, int min, int max)
      throws BridgeFailure {
    Object value = from.opt(key);
    if (!(value instanceof JSONArray)) throw BridgeFailure.badRequest(key + " must be an array");
    JSONArray array = (JSONArray) value;
    List<String> result = new ArrayList<String>();
    for (int i = 0; i < array.length(); i++) {
      Object item = array.opt(i);
      if (!(item instanceof String)) throw BridgeFailure.badRequest(key + "[" + i + "] must be a string");
      result.add(checkLength((String) item, key + "[" + i + "]", min, max));
    }
    if (result.size() > maxItems) throw BridgeFailure.badRequest(key + " has more than " + maxItems + " items");
    return result;
  }
}
