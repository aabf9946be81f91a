package app.peertext.bridge;

import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * A strict RFC 8259 reader that builds org.json values. org.json's own tokener is lenient (unquoted
 * keys, single quotes, comments, trailing garbage), so it would accept requests the page's
 * JSON.parse-based parser refuses; the two sides must agree on what "not JSON" means.
 */
public final class StrictJson {
  private static final int MAX_DEPTH = 256;

  private final String text;
  private int pos;

  private StrictJson(String text) {
    this.text = text;
  }

  /** What 1e999 becomes: a JSON number that is neither finite nor an integer. */
  public static final class NonFinite {
    public static final NonFinite POSITIVE = new NonFinite();
    public static final NonFinite NEGATIVE = new NonFinite();

    private NonFinite() {}
  }

  /** Parses one JSON value; returns JSONObject, JSONArray, String, Long, Double, Boolean or JSONObject.NULL. */
  public static Object parse(String text) throws JSONException {
    if (text == null) throw new JSONException("null input");
    StrictJson reader = new StrictJson(text);
    reader.skipSpace();
    Object value = reader.value(0);
    reader.skipSpace();
    if (reader.pos != text.length()) throw reader.error("unexpected text after the value");
    return value;
  }

  private Object value(int depth) throws JSONException {
    if (depth > MAX_DEPTH) throw error("nested too deeply");
    if (pos >= text.length()) throw error("unexpected end");
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object(depth);
      case '[':
        return array(depth);
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", JSONObject.NULL);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        throw error("unexpected character");
    }
  }

  private JSONObject object(int depth) throws JSONException {
    JSONObject result = new JSONObject();
    pos++;
    skipSpace();
    if (peek() == '}') {
      pos++;
      return result;
    }
    while (true) {
      skipSpace();
      if (peek() != '"') throw error("expected a quoted key");
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      // Last duplicate wins, as with JSON.parse.
      result.put(key, value(depth + 1));
      skipSpace();
      char c = next();
      if (c == '}') return result;
      if (c != ',') throw error("expected , or }");
    }
  }

  private JSONArray array(int depth) throws JSONException {
    JSONArray result = new JSONArray();
    pos++;
    skipSpace();
    if (peek() == ']') {
      pos++;
      return result;
    }
    while (true) {
      skipSpace();
      result.put(value(depth + 1));
      skipSpace();
      char c = next();
      if (c == ']') return result;
      if (c != ',') throw error("expected , or ]");
    }
  }

  private String string() throws JSONException {
    pos++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= text.length()) throw error("unterminated string");
      char c = text.charAt(pos++);
      if (c == '"') return out.toString();
      if (c < 0x20) throw error("control character in string");
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case '"':
        case '\\':
        case '/':
          out.append(e);
          break;
        case 'b':
          out.append('\b');
          break;
        case 'f':
          out.append('\f');
          break;
        case 'n':
          out.append('\n');
          break;
        case 'r':
          out.append('\r');
          break;
        case 't':
          out.append('\t');
          break;
        case 'u':
          if (pos + 4 > text.length()) throw error("short \\u escape");
          int code = 0;
          for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(pos++), 16);
            if (digit < 0) throw error("bad \\u escape");
            code = code * 16 + digit;
          }
          out.append((char) code);
          break;
        default:
          throw error("bad escape");
      }
    }
  }

  private Object number() throws JSONException {
    int start = pos;
    boolean integral = true;
    if (peek() == '-') pos++;
    if (peek() == '0') {
      pos++;
    } else if (peek() >= '1' && peek() <= '9') {
      while (peek() >= '0' && peek() <= '9') pos++;
    } else {
      throw error("bad number");
    }
    if (peek() == '.') {
      integral = false;
      pos++;
      if (!(peek() >= '0' && peek() <= '9')) throw error("bad fraction");
      while (peek() >= '0' && peek() <= '9') pos++;
    }
    if (peek() == 'e' || peek() == 'E') {
      integral = false;
      pos++;
      if (peek() == '+' || peek() == '-') pos++;
      if (!(peek() >= '0' && peek() <= '9')) throw error("bad exponent");
      while (peek() >= '0' && peek() <= '9') pos++;
    }
    String digits = text.substring(start, pos);
    if (integral && digits.length() <= 18) return Long.valueOf(Long.parseLong(digits));
    double value = Double.parseDouble(digits);
    // JSON.parse turns 1e999 into Infinity, a number that is not an integer; org.json refuses to
    // hold an infinite Double, so it travels as a marker the validators know.
    if (Double.isInfinite(value)) return value > 0 ? NonFinite.POSITIVE : NonFinite.NEGATIVE;
    return Double.valueOf(value);
  }

  private Object literal(String word, Object value) throws JSONException {
    if (!text.startsWith(word, pos)) throw error("unexpected word");
    pos += word.length();
    return value;
  }

  private void skipSpace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return;
      pos++;
    }
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private char next() throws JSONException {
    if (pos >= text.length()) throw error("unexpected end");
    return text.charAt(pos++);
  }

  private void expect(char c) throws JSONException {
    if (next() != c) throw error("expected " + c);
  }

  private JSONException error(String what) {
    return new JSONException(what + " at " + pos);
  }
}
