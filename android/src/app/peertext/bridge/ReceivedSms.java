package app.peertext.bridge;

import java.nio.charset.Charset;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * An incoming SMS as one message. The id is derived from the message itself (sender, the service
 * centre's timestamp, body), so a message delivered to the page twice carries the same id twice.
 */
public final class ReceivedSms {
  private ReceivedSms() {}

  static final int MAX_SENDER = 40;
  static final String UNKNOWN_SENDER = "Unknown";

  /**
   * The sender as the contract's Address (1..40 characters): the page drops an event that does not
   * match, so an empty sender is named and an overlong one (an e-mail gateway) is cut, not lost.
   */
  public static String sender(String address) {
    if (address == null || address.trim().length() == 0) return UNKNOWN_SENDER;
    String trimmed = address.trim();
    return trimmed.length() <= MAX_SENDER ? trimmed : trimmed.substring(0, MAX_SENDER);
  }

  /** The parts of one concatenated SMS, in order, as one body. */
  public static String join(List<String> parts) {
    StringBuilder body = new StringBuilder();
    for (String part : parts) {
      if (part != null) body.append(part);
    }
    return body.toString();
  }

  public static String id(String from, long serviceCentreTime, String body) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash = sha.digest((from + "\n" + serviceCentreTime + "\n" + body).getBytes(Charset.forName("UTF-8")));
      StringBuilder hex = new StringBuilder("rx-");
      for (int i = 0; i < 12; i++) hex.append(String.format("%02x", hash[i] & 0xff));
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
