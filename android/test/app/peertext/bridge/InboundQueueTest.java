package app.peertext.bridge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.json.JSONObject;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class InboundQueueTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  private static JSONObject sms(String id, String body) {
    return Events.smsReceived(id, "+447911123456", body, 1, null);
  }

  private static List<Long> ids(InboundQueue queue) {
    List<Long> ids = new ArrayList<Long>();
    for (InboundQueue.Entry entry : queue.pending()) ids.add(Long.valueOf(entry.queueId));
    return ids;
  }

  private static List<Long> longs(long... values) {
    List<Long> list = new ArrayList<Long>();
    for (long value : values) list.add(Long.valueOf(value));
    return list;
  }

  private static String dataId(InboundQueue.Entry entry) throws Exception {
    return ((JSONObject) StrictJson.parse(entry.json)).getJSONObject("data").getString("id");
  }

  @Test
  public void keepsArrivalOrderAcrossARestart() throws Exception {
    File file = new File(tmp.getRoot(), "inbound");
    InboundQueue queue = new InboundQueue(new FileLineStore(file));
    queue.enqueue(Events.smsReceived("a", "1", "first", 1, null));
    queue.enqueue(Events.smsReceived("b", "1", "second\nline", 2, 1));
    queue.enqueue(Events.smsReceived("c", "1", "third", 3, null));
    InboundQueue reopened = new InboundQueue(new FileLineStore(file));
    assertEquals(3, reopened.size());
    assertEquals(longs(1, 2, 3), ids(reopened));
    for (int i = 0; i < 3; i++) assertEquals(queue.pending().get(i).json, reopened.pending().get(i).json);
    assertTrue(reopened.pending().get(1).json.contains("second\\nline"));
  }

  @Test
  public void eachEventCarriesItsQueueIdAndIsOtherwiseUnchanged() throws Exception {
    InboundQueue queue = InboundQueue.inMemory();
    JSONObject event = sms("rx-1", "hello");
    String before = event.toString();
    InboundQueue.Entry entry = queue.enqueue(event);
    JSONObject posted = (JSONObject) StrictJson.parse(entry.json);
    assertEquals(entry.queueId, posted.getLong("queueId"));
    posted.remove("queueId");
    JsonAssert.assertJsonEquals(event, posted);
    assertEquals("the caller's event is not changed", before, event.toString());
  }

  @Test
  public void anEntryStaysUntilItIsAcknowledgedEvenAcrossARestart() throws Exception {
    File file = new File(tmp.getRoot(), "inbound");
    InboundQueue queue = new InboundQueue(new FileLineStore(file));
    queue.enqueue(sms("a", "one"));
    assertEquals(1, queue.size());
    assertEquals(1, new InboundQueue(new FileLineStore(file)).size());
  }

  @Test
  public void anAckRemovesExactlyThatEntry() throws Exception {
    File file = new File(tmp.getRoot(), "inbound");
    InboundQueue queue = new InboundQueue(new FileLineStore(file));
    queue.enqueue(sms("a", "one"));
    queue.enqueue(sms("b", "two"));
    queue.enqueue(sms("c", "three"));
    InboundQueue.Ack ack = queue.ack(longs(2));
    assertEquals(longs(2), ack.removed);
    assertEquals(longs(), ack.unknown);
    assertEquals(longs(1, 3), ids(queue));
    InboundQueue reopened = new InboundQueue(new FileLineStore(file));
    assertEquals(longs(1, 3), ids(reopened));
    assertEquals("a", dataId(reopened.pending().get(0)));
    assertEquals("c", dataId(reopened.pending().get(1)));
  }

  @Test
  public void anAckForAnUnknownIdChangesNothingAndSaysSo() throws Exception {
    MemoryLineStore store = new MemoryLineStore();
    InboundQueue queue = new InboundQueue(store);
    queue.enqueue(sms("a", "one"));
    queue.enqueue(sms("b", "two"));
    List<String> lines = store.readAll();
    // Not even the store is touched: a failing store would make any write throw.
    store.setFailing(true);
    InboundQueue.Ack ack = queue.ack(longs(99, 0, -1));
    assertEquals(longs(), ack.removed);
    assertEquals(longs(99, 0, -1), ack.unknown);
    assertEquals(longs(1, 2), ids(queue));
    assertEquals(lines, store.readAll());
  }

  @Test
  public void aRepeatedAckIsReportedUnknownTheSecondTime() throws Exception {
    InboundQueue queue = InboundQueue.inMemory();
    queue.enqueue(sms("a", "one"));
    queue.enqueue(sms("b", "two"));
    assertEquals(longs(1), queue.ack(longs(1, 1)).removed);
    InboundQueue.Ack again = queue.ack(longs(1, 2));
    assertEquals(longs(2), again.removed);
    assertEquals(longs(1), again.unknown);
    assertEquals(0, queue.size());
  }

  @Test
  public void idsAreNotReusedWhileTheProcessLivesAndStayAboveThoseKept() throws Exception {
    File file = new File(tmp.getRoot(), "inbound");
    InboundQueue queue = new InboundQueue(new FileLineStore(file));
    queue.enqueue(sms("a", "one"));
    queue.enqueue(sms("b", "two"));
    queue.ack(longs(1, 2));
    assertEquals(3, queue.enqueue(sms("c", "three")).queueId);
    queue.enqueue(sms("d", "four"));
    queue.ack(longs(3));
    InboundQueue reopened = new InboundQueue(new FileLineStore(file));
    assertEquals(longs(4), ids(reopened));
    assertEquals(5, reopened.enqueue(sms("e", "five")).queueId);
  }

  @Test
  public void linesFromBeforeAcknowledgementsGetQueueIdsInOrder() throws Exception {
    MemoryLineStore store = new MemoryLineStore();
    store.append(sms("a", "one").toString());
    store.append("not an event");
    store.append(sms("b", "two").toString());
    InboundQueue queue = new InboundQueue(store);
    assertEquals(longs(1, 2), ids(queue));
    assertEquals("a", dataId(queue.pending().get(0)));
    assertEquals("b", dataId(queue.pending().get(1)));
    // Written back with their ids, so a restart gives the page the same ids again.
    assertEquals(longs(1, 2), ids(new InboundQueue(store)));
  }

  @Test
  public void anEventTheStoreCouldNotKeepIsStillPendingForThisProcess() throws Exception {
    MemoryLineStore store = new MemoryLineStore();
    InboundQueue queue = new InboundQueue(store);
    store.setFailing(true);
    try {
      queue.enqueue(sms("a", "one"));
      fail("the failed write is reported");
    } catch (IOException expected) {
      // The caller logs it; the event is still handed to the page.
    }
    assertEquals(longs(1), ids(queue));
    store.setFailing(false);
    queue.enqueue(sms("b", "two"));
    // The next write that rewrites the store keeps it too.
    queue.ack(longs(2));
    assertEquals(longs(1), ids(new InboundQueue(store)));
    assertEquals(Arrays.asList("a"), Arrays.asList(dataId(new InboundQueue(store).pending().get(0))));
  }
}
