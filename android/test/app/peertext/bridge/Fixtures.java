package app.peertext.bridge;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import org.json.JSONArray;
import org.json.JSONException;

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
}
