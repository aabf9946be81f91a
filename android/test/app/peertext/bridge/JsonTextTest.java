package app.peertext.bridge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import org.junit.Test;

public class JsonTextTest {
  private static final String NASTY =
      "quote\" backslash\\ newline\n cr\r tab\t nul\u0000 ls\u2028 ps\u2029 </script><!-- & é 😀 lone\ud800 end";

  @Test
  public void quotedStringsRoundTripThroughJson() throws Exception {
    assertEquals(NASTY, StrictJson.parse(JsonText.quote(NASTY)));
  }

  @Test
  public void quotedStringsAreSafeInScriptElements() {
    String quoted = JsonText.quote(NASTY);
    assertFalse(quoted.contains("</"));
    assertFalse(quoted.contains("<!--"));
    assertFalse(quoted.contains("\u2028"));
    assertFalse(quoted.contains("\u2029"));
    assertFalse(quoted.contains("\n"));
    assertFalse(quoted.contains("\ud800 "));
    assertEquals("\"a\\u003c/b\\u003e\"", JsonText.quote("a</b>"));
  }

  @Test
  public void htmlEscaping() {
    assertEquals("&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39;", JsonText.html("<b> & \"x\" 'y'"));
  }
}
