package app.peertext.bridge;

/**
 * Pairing links opened from outside the app (the phone's camera app scanning the computer's QR code,
 * core/pairing/pairing-link.ts `pairingUrl`). Only a link to the app's own start page whose fragment
 * carries pairing fields is taken; the page then reads the fragment and asks the person to confirm.
 * Everything else is refused and the app just shows its start page.
 */
public final class PairingLinks {
  /** core/pairing/pairing-link.ts MAX_PAIRING_CHARS: the longest fragment the phone app reads. */
  public static final int MAX_FRAGMENT_CHARS = 2000;

  private static final String PREFIX = "pair=";

  private PairingLinks() {}

  /**
   * The fragment (without '#') of an accepted link, or null. Accepted: exactly
   * http://peertext.localhost (no user info, no port, not a longer host), path "/" or none, any
   * query (dropped), and a fragment starting with "pair=" of at most MAX_FRAGMENT_CHARS printable
   * ASCII characters. `pairingUrl` makes nothing else (URL serialization percent-encodes spaces,
   * controls and non-ASCII), so refusing the rest costs no real link and keeps quoting simple.
   */
  public static String fragment(String link) {
    if (link == null) return null;
    String origin = AppAssets.ORIGIN;
    if (link.length() < origin.length() || !link.regionMatches(true, 0, origin, 0, origin.length())) return null;
    int i = origin.length();
    // The authority ends here, or it is a longer one (".evil.com", ":8080", "@evil.com").
    if (i < link.length() && "/?#".indexOf(link.charAt(i)) < 0) return null;
    if (i < link.length() && link.charAt(i) == '/') i++;
    // Nothing between the path "/" and the query or fragment.
    if (i < link.length() && "?#".indexOf(link.charAt(i)) < 0) return null;
    int hash = link.indexOf('#', i);
    if (hash < 0) return null;
    String fragment = link.substring(hash + 1);
    if (!fragment.startsWith(PREFIX) || fragment.length() > MAX_FRAGMENT_CHARS) return null;
    for (int k = 0; k < fragment.length(); k++) {
      char c = fragment.charAt(k);
      if (c <= ' ' || c > '~') return null;
    }
    return fragment;
  }

  /** What the WebView loads for an accepted link: the start page with its fragment; null if refused. */
  public static String pageUrl(String link) {
    String fragment = fragment(link);
    return fragment == null ? null : withFragment(AppAssets.START_URL, fragment);
  }

  /** `page` with `fragment` in place of its own (a developer build's page is not START_URL). */
  public static String withFragment(String page, String fragment) {
    int hash = page.indexOf('#');
    return (hash < 0 ? page : page.substring(0, hash)) + "#" + fragment;
  }
}
