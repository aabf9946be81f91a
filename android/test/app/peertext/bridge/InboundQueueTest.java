package app.peertext.bridge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.util.Arrays;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

public class InboundQueueTest {
  private File dir;

  @Before
  public void makeDir() throws Exception {
    dir = TempFiles.dir();
  }

  @After
  public void removeDir() {
    TempFiles.delete(dir);
  }

  @Test
  public void keepsArrivalOrderAcrossARestart() throws Exception {
    File file = new File(dir, "inbound");
    InboundQueue queue = new InboundQueue(new FileLineStore(file));
    queue.enqueue(Events.smsReceived("a", "1", "first", 1, null).toString());
    queue.enqueue(Events.smsReceived("b", "1", "second\nline", 2, 1).toString());
    queue.enqueue(Events.smsReceived("c", "1", "third", 3, null).toString());
    InboundQueue reopened = new InboundQueue(new FileLineStore(file));
    assertEquals(3, reopened.size());
    assertEquals(queue.pending(), reopened.pending());
    assertTrue(reopened.pending().get(1).contains("second\\nline"));
  }

  @Test
  public void removesOnlyWhatWasPosted() throws Exception {
    File file = new File(dir, "inbound");
    InboundQueue queue = new InboundQueue(new FileLineStore(file));
    queue.enqueue("1");
    queue.enqueue("2");
    queue.enqueue("3");
    queue.remove(2);
    assertEquals(Arrays.asList("3"), queue.pending());
    assertEquals(Arrays.asList("3"), new InboundQueue(new FileLineStore(file)).pending());
    queue.remove(5);
    assertEquals(0, queue.size());
    assertEquals(0, new InboundQueue(new FileLineStore(file)).size());
    queue.remove(1);
  }
}
