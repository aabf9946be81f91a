package app.peertext.bridge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class OriginsTest {
  private static final String PWA = "https://peertext.example";

  @Test
  public void originOfUrls() {
    assertEquals("http://localhost:8788", Origins.originOf("http://localhost:8788/"));
    assertEquals("https://peertext.example", Origins.originOf("https://PeerText.Example:443/app/?q=1#x"));
    assertEquals("http://127.0.0.1", Origins.originOf("HTTP://127.0.0.1:80/"));
    assertEquals("http://[::1]:8788", Origins.originOf("http://[::1]:8788/"));
    assertNull(Origins.originOf("about:blank"));
    assertNull(Origins.originOf("data:text/html,hi"));
    assertNull(Origins.originOf("file:///sdcard/x.html"));
    assertNull(Origins.originOf("javascript:alert(1)"));
    assertNull(Origins.originOf("not a url"));
    assertEquals("https://peertext.example", Origins.originOf("https://peertext.example/#/chat?q={a|b}"));
    assertEquals("https://evil.example", Origins.originOf("https://evil.example\\@peertext.example/"));
    assertEquals("https://evil.example", Origins.originOf("https://peertext.example@evil.example/"));
    assertNull(Origins.originOf(null));
  }

  @Test
  public void onlyTheExactOriginIsAllowed() {
    assertTrue(Origins.isAllowedOrigin("https://peertext.example/", PWA));
    assertTrue(Origins.isAllowedOrigin("https://peertext.example:443/inbox", PWA));
    assertTrue(Origins.isAllowedOrigin("https://peertext.example/#/pair", PWA + "/"));
    assertFalse(Origins.isAllowedOrigin("http://peertext.example/", PWA));
    assertFalse(Origins.isAllowedOrigin("https://peertext.example:8443/", PWA));
    assertFalse(Origins.isAllowedOrigin("https://evil.peertext.example/", PWA));
    assertFalse(Origins.isAllowedOrigin("https://peertext.example.evil.com/", PWA));
    assertFalse(Origins.isAllowedOrigin("https://evil.com/?u=https://peertext.example/", PWA));
    assertFalse(Origins.isAllowedOrigin("about:blank", PWA));
    assertFalse(Origins.isAllowedOrigin(null, PWA));
    assertFalse(Origins.isAllowedOrigin("https://peertext.example/", null));
    assertTrue(Origins.isAllowedOrigin("http://localhost:8788/index.html", "http://localhost:8788"));
    assertFalse(Origins.isAllowedOrigin("http://localhost:8787/", "http://localhost:8788"));
    assertFalse(Origins.isAllowedOrigin("http://127.0.0.1:8788/", "http://localhost:8788"));
  }
}
