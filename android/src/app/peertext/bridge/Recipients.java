package app.peertext.bridge;

/**
 * The native side's own sanity check of `to`, stricter than the schema's "1..40 characters": the
 * radio gets digits with an optional leading +, or a short code. Visual separators people paste from
 * contacts are dropped; letters (alphanumeric sender ids cannot be replied to), `*` and `#` are refused.
 */
public final class Recipients {
  static final int MAX_DIGITS = 20;

  private Recipients() {}

  /** The number to hand to SmsManager, or null when `to` is not a phone number or short code. */
  public static String normalize(String to) {
    if (to == null) return null;
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < to.length(); i++) {
      char c = to.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append(c);
      } else if (c == '+' && out.length() == 0) {
        out.append(c);
      } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '\u00a0') {
        return null;
      }
    }
    int digits = out.length() - (out.length() > 0 && out.charAt(0) == '+' ? 1 : 0);
    if (digits < 1 || digits > MAX_DIGITS) return null;
    return out.toString();
  }
}
