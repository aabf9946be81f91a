package app.peertext.bridge;

import java.io.IOException;
import java.util.List;

/** An append-only log of single-line records: a file on the phone, memory in tests. */
public interface LineStore {
  List<String> readAll() throws IOException;

  /** Returns only once the line is durable: callers rely on it before they touch the radio. */
  void append(String line) throws IOException;

  /** Replaces the whole log atomically (compaction). */
  void rewrite(List<String> lines) throws IOException;
}
