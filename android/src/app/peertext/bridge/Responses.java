package app.peertext.bridge;

import org.json.JSONObject;

/** The two response shapes of docs/bridge-contract.md. */
public final class Responses {
  private Responses() {}

  public static JSONObject ok(String id, JSONObject result) {
    return new Json().put("id", id).put("type", "result").put("success", true).put("result", result).build();
  }

  public static JSONObject error(String id, String code, String message) {
    JSONObject error = new Json().put("code", code).put("message", message == null ? "" : message).build();
    return new Json().put("id", id).put("type", "result").put("success", false).put("error", error).build();
  }
}
