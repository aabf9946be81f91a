package app.peertext.bridge;

import org.json.JSONException;
import org.json.JSONObject;

/** Builds JSON objects without checked exceptions: the builders only put finite values under fixed keys. */
final class Json {
  private final JSONObject object = new JSONObject();

  Json put(String key, Object value) {
    try {
      object.put(key, value);
    } catch (JSONException e) {
      throw new IllegalArgumentException(key, e);
    }
    return this;
  }

  /** Optional fields are left out, never sent as null, as the TypeScript schemas expect. */
  Json putIfPresent(String key, Object value) {
    return value == null ? this : put(key, value);
  }

  JSONObject build() {
    return object;
  }
}
