package app.peertext.bridge;

import java.util.List;

/** The foreground notification's line about which computers are connected. */
public final class ConnectionText {
  private ConnectionText() {}

  public static String describe(List<String> computers) {
    if (computers == null || computers.isEmpty()) return "No computer connected. Keeping PeerText ready.";
    if (computers.size() == 1) return "Connected to " + computers.get(0);
    StringBuilder text = new StringBuilder("Connected to ");
    for (int i = 0; i < computers.size(); i++) {
      if (i > 0) text.append(i == computers.size() - 1 ? " and " : ", ");
      text.append(computers.get(i));
    }
    return text.toString();
  }
}
