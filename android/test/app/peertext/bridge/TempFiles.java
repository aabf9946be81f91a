package app.peertext.bridge;

import java.io.File;
import java.io.IOException;

/** A fresh directory per test, removed by the caller. */
final class TempFiles {
  private TempFiles() {}

  static File dir() throws IOException {
    File file = File.createTempFile("peertext-test", "");
    if (!file.delete() || !file.mkdir()) throw new IOException("cannot make " + file);
    return file;
  }

  static void delete(File file) {
    File[] children = file.listFiles();
    if (children != null) for (File child : children) delete(child);
    file.delete();
  }
}
