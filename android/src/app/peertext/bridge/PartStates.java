package app.peertext.bridge;

/**
 * One multipart SMS is reported part by part; the person sees one state. Same rule as
 * core/bridge/fold-part-status.ts: any failed part fails the message, it is sent when every part is
 * sent and delivered when every part is delivered. Before that it stays `dispatched`.
 */
public final class PartStates {
  public static final String DISPATCHED = "dispatched";
  public static final String SENT = "sent";
  public static final String DELIVERED = "delivered";
  public static final String FAILED = "failed";

  private PartStates() {}

  /** A part never goes back: a late `sent` after `delivered` is ignored, `failed` is final. */
  public static String merge(String current, String incoming) {
    if (FAILED.equals(current) || FAILED.equals(incoming)) return FAILED;
    return rank(incoming) > rank(current) ? incoming : current;
  }

  public static String fold(String[] parts) {
    if (parts.length == 0) return DISPATCHED;
    int lowest = Integer.MAX_VALUE;
    for (String part : parts) {
      if (FAILED.equals(part)) return FAILED;
      lowest = Math.min(lowest, rank(part));
    }
    if (lowest >= rank(DELIVERED)) return DELIVERED;
    if (lowest >= rank(SENT)) return SENT;
    return DISPATCHED;
  }

  public static boolean isPartState(String state) {
    return SENT.equals(state) || DELIVERED.equals(state) || FAILED.equals(state);
  }

  private static int rank(String state) {
    if (DELIVERED.equals(state)) return 2;
    if (SENT.equals(state)) return 1;
    return 0;
  }
}
