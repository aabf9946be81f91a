package app.peertext.bridge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONObject;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The page side of the inbound queue: what each page (document) is posted, and when entries leave.
 * A page reload is a new FakePage attached in place of the old one, as BridgeHub does with ports.
 */
public class InboundRelayTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  /** One document's port: what was posted to it, and whether it is still there. */
  private static final class FakePage implements InboundRelay.Page {
    final List<JSONObject> posted = new ArrayList<JSONObject>();
    /** Posts accepted before the page goes away; -1: never. */
    int goneAfter = -1;

    @Override
    public boolean post(String json) {
      if (goneAfter >= 0 && posted.size() >= goneAfter) return false;
      try {
        posted.add((JSONObject) StrictJson.parse(json));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
      return true;
    }

    List<String> dataIds() throws Exception {
      List<String> ids = new ArrayList<String>();
      for (JSONObject event : posted) ids.add(event.getJSONObject("data").getString("id"));
      return ids;
    }

    long queueId(int index) throws Exception {
      return posted.get(index).getLong("queueId");
    }
  }

  /** Each test's relay over an in-memory queue (JUnit makes a new instance for each test). */
  private final InboundRelay relay = new InboundRelay(InboundQueue.inMemory());

  /** A new page attached to `to`, as a (re)loaded document's port is. */
  private static FakePage attached(InboundRelay to) {
    FakePage page = new FakePage();
    to.attach(page);
    return page;
  }

  private FakePage attached() {
    return attached(relay);
  }

  /** SMS with these ids arrive at `to`, in this order. */
  private static void receive(InboundRelay to, String... ids) throws IOException {
    for (String id : ids) to.received(sms(id));
  }

  private void receive(String... ids) throws IOException {
    receive(relay, ids);
  }

  private static JSONObject sms(String id) {
    return Events.smsReceived(id, "+447911123456", "text " + id, 1, null);
  }

  private static List<Long> longs(long... values) {
    List<Long> list = new ArrayList<Long>();
    for (long value : values) list.add(Long.valueOf(value));
    return list;
  }

  private static List<String> strings(String... values) {
    List<String> list = new ArrayList<String>();
    for (String value : values) list.add(value);
    return list;
  }

  @Test
  public void aPostedEventStaysQueuedUntilThePageAcknowledgesIt() throws Exception {
    FakePage page = attached();
    receive("a");
    assertEquals(strings("a"), page.dataIds());
    assertEquals("posting is not storing: the entry is kept", 1, relay.queue().size());
    InboundQueue.Ack ack = relay.ack(longs(page.queueId(0)));
    assertEquals(longs(page.queueId(0)), ack.removed);
    assertEquals(0, relay.queue().size());
  }

  @Test
  public void anAckRemovesExactlyThatEntry() throws Exception {
    FakePage page = attached();
    receive("a", "b", "c");
    relay.ack(longs(page.queueId(1)));
    FakePage reloaded = attached();
    assertEquals(strings("a", "c"), reloaded.dataIds());
  }

  @Test
  public void aReloadedPageGetsEveryUnacknowledgedEventAgainInOrder() throws Exception {
    FakePage first = attached();
    receive("a", "b", "c");
    relay.ack(longs(first.queueId(0)));
    // The reload comes before the page stored b and c.
    relay.detach();
    FakePage second = attached();
    assertEquals(strings("b", "c"), second.dataIds());
    // The same entries, the same queue ids: the page recognises them.
    assertEquals(first.posted.get(1).toString(), second.posted.get(0).toString());
    assertEquals(first.posted.get(2).toString(), second.posted.get(1).toString());
    assertEquals("the old page is posted nothing more", 3, first.posted.size());
  }

  @Test
  public void aRestartedProcessDeliversWhatWasNeverAcknowledged() throws Exception {
    File file = new File(tmp.getRoot(), "inbound");
    InboundRelay before = new InboundRelay(new InboundQueue(new FileLineStore(file)));
    FakePage page = attached(before);
    receive(before, "a", "b");
    before.ack(longs(page.queueId(0)));
    InboundRelay after = new InboundRelay(new InboundQueue(new FileLineStore(file)));
    FakePage next = attached(after);
    assertEquals(strings("b"), next.dataIds());
    assertEquals(page.queueId(1), next.queueId(0));
  }

  @Test
  public void aPageIsPostedEachEventOnceHoweverLongItsAckTakes() throws Exception {
    FakePage page = attached();
    receive("a", "b", "c");
    assertEquals(strings("a", "b", "c"), page.dataIds());
    relay.ack(longs(page.queueId(1)));
    receive("d");
    assertEquals(strings("a", "b", "c", "d"), page.dataIds());
    assertEquals(3, relay.queue().size());
  }

  @Test
  public void eventsWithoutAPageWaitAndGoToTheNextOneInOrder() throws Exception {
    receive("a", "b");
    FakePage page = attached();
    receive("c");
    assertEquals(strings("a", "b", "c"), page.dataIds());
  }

  @Test
  public void aPageGoneMidwayLeavesTheRestForTheNextInOrder() throws Exception {
    receive("a", "b", "c");
    FakePage closing = new FakePage();
    closing.goneAfter = 1;
    relay.attach(closing);
    assertEquals(strings("a"), closing.dataIds());
    receive("d");
    assertEquals(strings("a"), closing.dataIds());
    FakePage next = attached();
    assertEquals(strings("a", "b", "c", "d"), next.dataIds());
  }

  @Test
  public void anAckForAnUnknownIdChangesNothing() throws Exception {
    FakePage page = attached();
    receive("a");
    InboundQueue.Ack ack = relay.ack(longs(41, 42));
    assertEquals(longs(), ack.removed);
    assertEquals(longs(41, 42), ack.unknown);
    assertEquals(1, relay.queue().size());
    assertEquals("nothing is posted again either", 1, page.posted.size());
    FakePage reloaded = attached();
    assertEquals(strings("a"), reloaded.dataIds());
  }

  @Test
  public void anEventDeliveredTwiceIsSafelyAcknowledgedTwice() throws Exception {
    FakePage first = attached();
    receive("a", "b");
    // The first page stored a but reloaded before its ack left; the second gets a again.
    FakePage second = attached();
    assertEquals(strings("a", "b"), second.dataIds());
    long a = second.queueId(0);
    assertEquals(first.queueId(0), a);
    assertEquals(longs(a), relay.ack(longs(a)).removed);
    InboundQueue.Ack late = relay.ack(longs(a));
    assertEquals(longs(), late.removed);
    assertEquals(longs(a), late.unknown);
    assertEquals("b is untouched", 1, relay.queue().size());
    assertEquals(second.queueId(1), relay.queue().pending().get(0).queueId);
  }

  @Test
  public void anEventTheStoreCouldNotKeepIsStillPosted() throws Exception {
    MemoryLineStore store = new MemoryLineStore();
    InboundRelay failing = new InboundRelay(new InboundQueue(store));
    FakePage page = attached(failing);
    store.setFailing(true);
    boolean reported = false;
    try {
      receive(failing, "a");
    } catch (IOException expected) {
      reported = true;
    }
    assertTrue("the caller hears that it is not durable", reported);
    assertEquals(strings("a"), page.dataIds());
  }
}
