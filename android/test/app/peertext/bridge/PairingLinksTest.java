package app.peertext.bridge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

public class PairingLinksTest {
  /** As core/pairing/pairing-link.ts `pairingUrl` writes them. */
  private static final String FIELDS =
      "pair=1&s=http%3A%2F%2F192.168.1.10%3A8787&p=computer-1&d=Work+laptop"
          + "&k=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA&t=BBBBBBBBBBBBBBBBBBBBBB";

  @Test
  public void acceptsALinkToTheAppsStartPage() {
    assertEquals(FIELDS, PairingLinks.fragment("http://peertext.localhost/#" + FIELDS));
    assertEquals("http://peertext.localhost/#" + FIELDS, PairingLinks.pageUrl("http://peertext.localhost/#" + FIELDS));
    assertEquals("http://peertext.localhost/#" + FIELDS, PairingLinks.pageUrl("http://peertext.localhost#" + FIELDS));
    assertEquals("http://peertext.localhost/#pair=1", PairingLinks.pageUrl("HTTP://PeerText.localhost/#pair=1"));
    // What `pairingUrl` makes of a device name with accents, quotes, brackets, emoji and a newline.
    String encoded =
        "pair=1&s=http%3A%2F%2F192.168.1.10%3A8787&p=abc&d=%C3%89mile%E2%80%99s+%22laptop%22+%3Cx%3E+%60y%60"
            + "+%F0%9F%98%80%0A%23%3F&k=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA&t=BBBBBBBBBBBBBBBBBBBBBB";
    assertEquals(encoded, PairingLinks.fragment("http://peertext.localhost/#" + encoded));
  }

  @Test
  public void dropsTheQuery() {
    assertEquals("http://peertext.localhost/#" + FIELDS, PairingLinks.pageUrl("http://peertext.localhost/?x=1#" + FIELDS));
    assertEquals("http://peertext.localhost/#" + FIELDS, PairingLinks.pageUrl("http://peertext.localhost?x=#" + FIELDS));
  }

  @Test
  public void refusesOtherOrigins() {
    assertNull(PairingLinks.pageUrl("http://peertext.localhost.evil.com/#" + FIELDS));
    assertNull(PairingLinks.pageUrl("https://peertext.localhost/#" + FIELDS));
    assertNull(PairingLinks.pageUrl("http://peertext.localhost:8080/#" + FIELDS));
    assertNull(PairingLinks.pageUrl("http://peertext.localhost:80/#" + FIELDS));
    assertNull(PairingLinks.pageUrl("http://evil.com/#" + FIELDS));
    assertNull(PairingLinks.pageUrl("http://evil.com/?u=http://peertext.localhost/#" + FIELDS));
    assertNull(PairingLinks.pageUrl("http://user@peertext.localhost/#" + FIELDS));
    assertNull(PairingLinks.pageUrl("http://peertext.localhost@evil.com/#" + FIELDS));
    assertNull(PairingLinks.pageUrl("http://peertext.localhost\\@evil.com/#" + FIELDS));
    assertNull(PairingLinks.pageUrl("ws://peertext.localhost/#" + FIELDS));
    assertNull(PairingLinks.pageUrl("intent://peertext.localhost/#" + FIELDS));
    assertNull(PairingLinks.pageUrl(" http://peertext.localhost/#" + FIELDS));
    assertNull(PairingLinks.pageUrl("http://peertext.local"));
  }

  @Test
  public void refusesOtherPaths() {
    assertNull(PairingLinks.pageUrl("http://peertext.localhost/index.html#" + FIELDS));
    assertNull(PairingLinks.pageUrl("http://peertext.localhost//#" + FIELDS));
    assertNull(PairingLinks.pageUrl("http://peertext.localhost/x/#" + FIELDS));
  }

  @Test
  public void needsPairingFieldsInTheFragment() {
    assertNull(PairingLinks.pageUrl("http://peertext.localhost/"));
    assertNull(PairingLinks.pageUrl("http://peertext.localhost"));
    assertNull(PairingLinks.pageUrl("http://peertext.localhost/?pair=1"));
    assertNull(PairingLinks.pageUrl("http://peertext.localhost/#"));
    assertNull(PairingLinks.pageUrl("http://peertext.localhost/#s=x&pair=1"));
    assertNull(PairingLinks.pageUrl("http://peertext.localhost/#/pair=1"));
    assertNull(PairingLinks.pageUrl("http://peertext.localhost/#Pair=1"));
  }

  @Test
  public void refusesCharactersAPairingLinkNeverHas() {
    assertNull(PairingLinks.pageUrl("http://peertext.localhost/#pair=1&d=a b"));
    assertNull(PairingLinks.pageUrl("http://peertext.localhost/#pair=1&d=a\nb"));
    assertNull(PairingLinks.pageUrl("http://peertext.localhost/#pair=1&d=\u00e9"));
    assertNull(PairingLinks.pageUrl("http://peertext.localhost/#pair=1&d=\u2028"));
  }

  @Test
  public void boundsTheFragmentAsThePhoneAppDoes() {
    StringBuilder fragment = new StringBuilder(FIELDS);
    while (fragment.length() < PairingLinks.MAX_FRAGMENT_CHARS) fragment.append('x');
    String longest = fragment.toString();
    assertEquals(longest, PairingLinks.fragment("http://peertext.localhost/#" + longest));
    assertNull(PairingLinks.pageUrl("http://peertext.localhost/#" + longest + "x"));
  }

  @Test
  public void putsTheFragmentOnAnyStartPage() {
    assertEquals("http://localhost:8788/#pair=1", PairingLinks.withFragment("http://localhost:8788/", "pair=1"));
    assertEquals("https://dev.example/app/#pair=1", PairingLinks.withFragment("https://dev.example/app/#x", "pair=1"));
  }

  @Test
  public void refusesNull() {
    assertNull(PairingLinks.fragment(null));
    assertNull(PairingLinks.pageUrl(null));
  }

  @Test
  public void sameBoundAsThePhoneApp() throws Exception {
    // The tests run from android/; the fixtures property points into core/ as well.
    File core = new File(Fixtures.dir(), "../..");
    File source = new File(core, "pairing/pairing-link.ts");
    assertTrue("missing " + source.getAbsolutePath(), source.isFile());
    String text = new String(Files.readAllBytes(source.toPath()), Charset.forName("UTF-8"));
    Matcher max = Pattern.compile("const MAX_PAIRING_CHARS = (\\d+);").matcher(text);
    assertTrue("no MAX_PAIRING_CHARS in " + source, max.find());
    assertEquals(Integer.parseInt(max.group(1)), PairingLinks.MAX_FRAGMENT_CHARS);
  }
}
