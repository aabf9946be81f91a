package app.peertext.bridge;

/**
 * Strings placed into script or markup. A JSON string literal is not automatically a safe JavaScript
 * literal (U+2028/U+2029 ended lines in older engines) nor safe inside a <script> block ("</script>").
 */
public final class JsonText {
  private JsonText() {}

  /** A double-quoted literal that is valid JSON and valid JavaScript, even inside an HTML script element. */
  public static String quote(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2);
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        case '<':
        case '>':
        case '&':
        case '\u2028':
        case '\u2029':
          unicode(out, c);
          break;
        default:
          if (c < 0x20 || Character.isSurrogate(c) && !pairedSurrogate(value, i)) unicode(out, c);
          else out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** Text for an HTML element or a double-quoted attribute. */
  public static String html(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean pairedSurrogate(String value, int i) {
    char c = value.charAt(i);
    if (Character.isHighSurrogate(c)) return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
    return i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
  }

  private static void unicode(StringBuilder out, char c) {
    out.append(String.format("\\u%04x", (int) c));
  }
}
