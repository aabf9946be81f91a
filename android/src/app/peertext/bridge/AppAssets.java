package app.peertext.bridge;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which file of the phone app, packed into the APK under assets/app/, answers a request. The app
 * lives on one fixed origin (docs/security.md, "The phone app's origin in the Android app"); every
 * request to it is answered from the APK, a missing file with a 404, so nothing there ever comes
 * from the network. Requests to any other origin are not ours: WebView loads them itself.
 */
public final class AppAssets {
  /** The one origin the phone app runs on inside the wrapper, and the only one offered the bridge. */
  public static final String ORIGIN = "http://peertext.localhost";
  public static final String START_URL = ORIGIN + "/";
  /** The folder inside the APK's assets that holds the built phone app. */
  public static final String ASSET_DIR = "app/";

  /** The file types the phone app is made of; any other extension is a 404. */
  private static final String[][] TYPE_TABLE = {
    {"html", "text/html"}, {"js", "text/javascript"}, {"mjs", "text/javascript"}, {"css", "text/css"},
    {"json", "application/json"}, {"webmanifest", "application/manifest+json"}, {"svg", "image/svg+xml"},
    {"png", "image/png"}, {"ico", "image/x-icon"}, {"woff2", "font/woff2"}, {"txt", "text/plain"},
    {"wasm", "application/wasm"}, {"map", "application/json"},
  };
  private static final Map<String, String> TYPES = new HashMap<String, String>();

  static {
    for (String[] type : TYPE_TABLE) TYPES.put(type[0], type[1]);
  }

  private AppAssets() {}

  /** How to answer one request on the app's origin. */
  public static final class Answer {
    /** Path below ASSET_DIR, or null: answer 404 without looking. */
    public final String path;
    public final String mimeType;
    /** "utf-8" for text types, null for binary ones. */
    public final String encoding;
    /** Files whose names carry no content hash must be read again after the APK was updated. */
    public final boolean noCache;

    Answer(String path, String mimeType, String encoding, boolean noCache) {
      this.path = path;
      this.mimeType = mimeType;
      this.encoding = encoding;
      this.noCache = noCache;
    }

    public boolean found() {
      return path != null;
    }
  }

  /** The answer for a 404: plain text, so a missing file never reads as the app. */
  public static final Answer NOT_FOUND = new Answer(null, "text/plain", "utf-8", true);

  public static boolean isAppOrigin(String url) {
    return ORIGIN.equals(Origins.originOf(url));
  }

  /**
   * null for a URL on another origin (not ours to answer); otherwise the file to serve, or
   * NOT_FOUND. Never null for the app's origin: null would let WebView fetch it from the network.
   */
  public static Answer lookup(String url) {
    if (!isAppOrigin(url)) return null;
    String path = pathOf(url.trim());
    if (path == null) return NOT_FOUND;
    // No path routes in the phone app (pairing data travels in the hash), so only "/" means index.html.
    if (path.isEmpty()) path = "index.html";
    if (!isSafe(path)) return NOT_FOUND;
    String type = TYPES.get(extension(path));
    if (type == null) return NOT_FOUND;
    boolean text = type.startsWith("text/") || type.endsWith("json") || type.endsWith("+xml");
    // Vite puts content-hashed names under assets/; index.html, sw.js and the manifest keep theirs.
    return new Answer(path, type, text ? "utf-8" : null, !path.startsWith("assets/"));
  }

  /** The path after the authority without its leading "/", query and fragment; null if malformed. */
  private static String pathOf(String url) {
    int start = url.indexOf("://") + 3;
    int slash = start;
    while (slash < url.length() && "/?#\\".indexOf(url.charAt(slash)) < 0) slash++;
    if (slash == url.length() || url.charAt(slash) != '/') {
      // "http://peertext.localhost" or "...?q": the root. A backslash is refused below.
      if (slash < url.length() && url.charAt(slash) == '\\') return null;
      return "";
    }
    int end = slash;
    while (end < url.length() && "?#".indexOf(url.charAt(end)) < 0) end++;
    return url.substring(slash + 1, end);
  }

  /**
   * Only plain names: letters, digits, '-', '_', '.', '~' in segments separated by single '/'.
   * That refuses '%' (so no encoded "..", "/" or "\"), backslashes, empty segments and any segment
   * starting with '.', which covers "." and "..".
   */
  private static boolean isSafe(String path) {
    if (path.length() > 200) return false;
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.charAt(0) == '.') return false;
      for (int i = 0; i < segment.length(); i++) {
        char c = segment.charAt(i);
        boolean plain =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-_.~".indexOf(c) >= 0;
        if (!plain) return false;
      }
    }
    return true;
  }

  private static String extension(String path) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    return dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }
}
