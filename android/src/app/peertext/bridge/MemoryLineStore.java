package app.peertext.bridge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** A LineStore in memory, for tests; can be told to fail to exercise the "not recorded, not sent" path. */
public final class MemoryLineStore implements LineStore {
  private final List<String> lines = new ArrayList<String>();
  private boolean failing;

  public synchronized void setFailing(boolean failing) {
    this.failing = failing;
  }

  @Override
  public synchronized List<String> readAll() {
    return new ArrayList<String>(lines);
  }

  @Override
  public synchronized void append(String line) throws IOException {
    if (failing) throw new IOException("store unavailable");
    lines.add(line);
  }

  @Override
  public synchronized void rewrite(List<String> replacement) throws IOException {
    if (failing) throw new IOException("store unavailable");
    lines.clear();
    lines.addAll(replacement);
  }
}
