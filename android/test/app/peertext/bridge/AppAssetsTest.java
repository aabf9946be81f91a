package app.peertext.bridge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class AppAssetsTest {
  private static final String APP = "http://peertext.localhost";

  private static AppAssets.Answer found(String url) {
    AppAssets.Answer answer = AppAssets.lookup(url);
    assertNotNull(url, answer);
    assertTrue(url + " should be served", answer.found());
    return answer;
  }

  private static void notFound(String url) {
    assertSame(url, AppAssets.NOT_FOUND, AppAssets.lookup(url));
  }

  @Test
  public void theRootIsIndexHtml() {
    assertEquals("index.html", found(APP + "/").path);
    assertEquals("index.html", found(APP).path);
    assertEquals("index.html", found(APP + "/?x=1#pair=abc").path);
    assertEquals("index.html", found("HTTP://PeerText.LocalHost:80/").path);
    assertEquals("index.html", found(APP + "/index.html").path);
    assertTrue(found(APP + "/").noCache);
  }

  @Test
  public void pathsMapToAssets() {
    assertEquals("assets/index-B1x_9Qz.js", found(APP + "/assets/index-B1x_9Qz.js?v=2#x").path);
    assertEquals("icons/icon-192.png", found(APP + "/icons/icon-192.png").path);
    assertEquals("manifest.webmanifest", found(APP + "/manifest.webmanifest").path);
    assertFalse("hashed names may be cached", found(APP + "/assets/index-B1x_9Qz.js").noCache);
    assertTrue(found(APP + "/manifest.webmanifest").noCache);
  }

  @Test
  public void mimeTypesByExtension() {
    String[][] cases = {
      {"a.html", "text/html", "utf-8"},
      {"a.js", "text/javascript", "utf-8"},
      {"a.mjs", "text/javascript", "utf-8"},
      {"a.css", "text/css", "utf-8"},
      {"a.json", "application/json", "utf-8"},
      {"a.webmanifest", "application/manifest+json", "utf-8"},
      {"a.svg", "image/svg+xml", "utf-8"},
      {"a.png", "image/png", null},
      {"a.ico", "image/x-icon", null},
      {"a.woff2", "font/woff2", null},
      {"a.txt", "text/plain", "utf-8"},
      {"a.wasm", "application/wasm", null},
      {"a.js.map", "application/json", "utf-8"},
      {"A.PNG", "image/png", null},
    };
    for (String[] c : cases) {
      AppAssets.Answer answer = found(APP + "/" + c[0]);
      assertEquals(c[0], c[1], answer.mimeType);
      assertEquals(c[0], c[2], answer.encoding);
    }
  }

  @Test
  public void unknownPathsAre404NotTheApp() {
    notFound(APP + "/settings");
    notFound(APP + "/icons/");
    notFound(APP + "/a.exe");
    notFound(APP + "/noextension");
    notFound(APP + "/a.");
    assertNull(AppAssets.NOT_FOUND.path);
    assertEquals("text/plain", AppAssets.NOT_FOUND.mimeType);
  }

  @Test
  public void traversalIsRefused() {
    notFound(APP + "/../index.html");
    notFound(APP + "/assets/../../secret.txt");
    notFound(APP + "/./index.html");
    notFound(APP + "/%2e%2e/index.html");
    notFound(APP + "/%2E%2E%2Findex.html");
    notFound(APP + "/assets%2findex.js");
    notFound(APP + "/assets%5cindex.js");
    notFound(APP + "/assets\\index.js");
    notFound(APP + "\\index.html");
    notFound(APP + "//index.html");
    notFound(APP + "/assets//index.js");
    notFound(APP + "/.hidden.txt");
    notFound(APP + "/a b.js");
    notFound(APP + "/a%00.js");
    notFound(APP + "/" + new String(new char[201]).replace('\0', 'a') + ".js");
  }

  @Test
  public void otherOriginsAreNotServed() {
    String[] others = {
      "http://peertext.localhost:8080/",
      "https://peertext.localhost/",
      "http://peertext.localhost.evil.com/",
      "http://evil.com/peertext.localhost",
      "http://evil.com/?u=http://peertext.localhost/",
      "http://localhost/",
      "http://sub.peertext.localhost/",
      "ws://peertext.localhost/",
      "http://192.168.1.5:8787/pair",
      "about:blank",
      "data:text/html,x",
      null,
    };
    for (String url : others) {
      assertNull(String.valueOf(url), AppAssets.lookup(url));
      assertFalse(String.valueOf(url), AppAssets.isAppOrigin(url));
      assertFalse(String.valueOf(url), Origins.isAllowedOrigin(url, AppAssets.ORIGIN));
    }
  }

  @Test
  public void theBridgeIsOfferedToTheAppOriginOnly() {
    assertEquals("http://peertext.localhost", AppAssets.ORIGIN);
    assertEquals("http://peertext.localhost/", AppAssets.START_URL);
    assertTrue(Origins.isAllowedOrigin(AppAssets.START_URL, AppAssets.ORIGIN));
    assertTrue(Origins.isAllowedOrigin("http://peertext.localhost/#pair=x", AppAssets.ORIGIN));
  }
}
