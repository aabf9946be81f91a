package app.peertext.bridge;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Web origins as the browser compares them: scheme, host and port, with default ports made explicit.
 * Only the PWA's own origin gets the bridge's port.
 */
public final class Origins {
  private Origins() {}

  /** "scheme://host[:port]" for an http(s) URL, or null for anything else (about:, data:, file:, junk). */
  public static String originOf(String url) {
    if (url == null) return null;
    // Only scheme and authority matter. Cutting the rest off first keeps characters java.net.URI
    // rejects but pages use in paths and fragments (a route like #/x?q={a}) from hiding the origin.
    // A backslash ends the authority as it does in browsers for http(s).
    String trimmed = url.trim();
    int schemeEnd = trimmed.indexOf("://");
    if (schemeEnd <= 0) return null;
    int end = schemeEnd + 3;
    while (end < trimmed.length() && "/?#\\".indexOf(trimmed.charAt(end)) < 0) end++;
    URI uri;
    try {
      uri = new URI(trimmed.substring(0, end) + "/");
    } catch (URISyntaxException e) {
      return null;
    }
    String scheme = uri.getScheme();
    String host = uri.getHost();
    if (scheme == null || host == null || host.length() == 0) return null;
    scheme = scheme.toLowerCase(Locale.ROOT);
    int defaultPort;
    if ("https".equals(scheme)) defaultPort = 443;
    else if ("http".equals(scheme)) defaultPort = 80;
    else return null;
    int port = uri.getPort() == -1 ? defaultPort : uri.getPort();
    String origin = scheme + "://" + host.toLowerCase(Locale.ROOT);
    return port == defaultPort ? origin : origin + ":" + port;
  }

  /** True only when `url` has exactly the PWA's scheme, host and port. */
  public static boolean isAllowedOrigin(String url, String pwaOrigin) {
    String origin = originOf(url);
    String allowed = originOf(pwaOrigin);
    return origin != null && origin.equals(allowed);
  }
}
