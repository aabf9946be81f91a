package app.peertext.bridge;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

/** The contract's shared fixtures, read from core/bridge/fixtures, the same files Vitest reads. */
final class Fixtures {
  private Fixtures() {}

  static File dir() {
    return new File(System.getProperty("peertext.fixtures", "../core/bridge/fixtures"));
  }

  static JSONArray load(String name) throws IOException, JSONException {
    File file = new File(dir(), name);
    if (!file.isFile()) throw new IOException("fixture file missing: " + file.getAbsolutePath());
    InputStream in = new FileInputStream(file);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      while ((n = in.read(buffer)) > 0) out.write(buffer, 0, n);
      return (JSONArray) StrictJson.parse(new String(out.toByteArray(), Charset.forName("UTF-8")));
    } finally {
      in.close();
    }
  }

  /** The valid.json fixtures of one kind (request, response or event); there must be some. */
  static List<JSONObject> valid(String kind) throws Exception {
    JSONArray all = load("valid.json");
    List<JSONObject> matching = new ArrayList<JSONObject>();
    for (int i = 0; i < all.length(); i++) {
      JSONObject fixture = all.getJSONObject(i);
      if (kind.equals(fixture.getString("kind"))) matching.add(fixture);
    }
    if (matching.isEmpty()) throw new AssertionError("no " + kind + " fixtures in valid.json");
    return matching;
  }

  /** The message of the valid.json fixture with this name, a fresh copy each call. */
  static JSONObject named(String name) throws Exception {
    JSONArray all = load("valid.json");
    for (int i = 0; i < all.length(); i++) {
      if (name.equals(all.getJSONObject(i).getString("name"))) return all.getJSONObject(i).getJSONObject("message");
    }
    throw new AssertionError("fixture not found: " + name);
  }

  /** A bridge message as the page would read it. */
  static JSONObject parse(String json) throws Exception {
    return (JSONObject) StrictJson.parse(json);
  }
}
