package app.peertext.bridge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.FileOutputStream;
import java.util.Arrays;
import java.util.Collections;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class LineStoreTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void appendsSurviveANewInstance() throws Exception {
    File file = new File(tmp.getRoot(), "log");
    FileLineStore store = new FileLineStore(file);
    assertTrue(store.readAll().isEmpty());
    store.append("{\"a\":1}");
    store.append("{\"b\":\"\u00e9\ud83d\ude00\"}");
    assertEquals(Arrays.asList("{\"a\":1}", "{\"b\":\"\u00e9\ud83d\ude00\"}"), new FileLineStore(file).readAll());
  }

  @Test
  public void aTornLastLineIsCutSoTheNextAppendIsClean() throws Exception {
    File file = new File(tmp.getRoot(), "log");
    FileLineStore store = new FileLineStore(file);
    store.append("one");
    FileOutputStream out = new FileOutputStream(file, true);
    out.write("{\"half".getBytes("UTF-8"));
    out.close();
    assertEquals(Arrays.asList("one"), store.readAll());
    store.append("two");
    assertEquals(Arrays.asList("one", "two"), new FileLineStore(file).readAll());
  }

  @Test
  public void rewriteReplacesEverything() throws Exception {
    File file = new File(tmp.getRoot(), "log");
    FileLineStore store = new FileLineStore(file);
    store.append("one");
    store.append("two");
    store.rewrite(Arrays.asList("three"));
    assertEquals(Arrays.asList("three"), store.readAll());
    store.rewrite(Collections.<String>emptyList());
    assertTrue(store.readAll().isEmpty());
    assertTrue(!new File(tmp.getRoot(), "log.tmp").exists());
  }

  @Test(expected = IllegalArgumentException.class)
  public void aRecordIsOneLine() throws Exception {
    new FileLineStore(new File(tmp.getRoot(), "log")).append("two\nlines");
  }

  @Test
  public void createsItsDirectory() throws Exception {
    FileLineStore store = new FileLineStore(new File(new File(tmp.getRoot(), "sub"), "log"));
    store.append("x");
    assertEquals(Arrays.asList("x"), store.readAll());
  }
}
