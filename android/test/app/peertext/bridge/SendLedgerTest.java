package app.peertext.bridge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import java.io.IOException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The same ledger logic over the file store and the memory store. */
public class SendLedgerTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  private void claimsOnce(LineStore store) throws Exception {
    SendLedger ledger = new SendLedger(store);
    SendLedger.Claim first = ledger.claim("m1", 2, 5);
    assertTrue(first.fresh);
    assertEquals("dispatched", first.record.state());
    SendLedger.Claim second = ledger.claim("m1", 3, 6);
    assertFalse(second.fresh);
    assertEquals(2, second.record.parts());
    assertEquals(1, ledger.size());
  }

  @Test
  public void claimsAnIdOnceInMemory() throws Exception {
    claimsOnce(new MemoryLineStore());
  }

  @Test
  public void claimsAnIdOnceOnDisk() throws Exception {
    claimsOnce(new FileLineStore(new File(tmp.getRoot(), "sent")));
  }

  @Test
  public void statesSurviveARestart() throws Exception {
    File file = new File(tmp.getRoot(), "sent");
    SendLedger ledger = new SendLedger(new FileLineStore(file));
    ledger.claim("m1", 2, 5);
    ledger.recordPart("m1", 0, "sent", null, null);
    ledger.recordPart("m1", 1, "failed", 4, "No service");
    ledger.claim("m2", 1, 6);

    SendLedger reopened = new SendLedger(new FileLineStore(file));
    SendRecord m1 = reopened.get("m1");
    assertEquals("failed", m1.state());
    assertEquals("No service", m1.reason());
    assertEquals(Integer.valueOf(4), m1.resultCode());
    assertEquals("sent", m1.part(0));
    assertEquals("dispatched", reopened.get("m2").state());
    assertFalse(reopened.claim("m1", 1, 7).fresh);
  }

  @Test
  public void partReportsFoldAndNeverGoBack() throws Exception {
    SendLedger ledger = new SendLedger(new MemoryLineStore());
    ledger.claim("m", 2, 0);
    assertEquals("dispatched", ledger.recordPart("m", 0, "sent", null, null).state());
    assertEquals("sent", ledger.recordPart("m", 1, "sent", null, null).state());
    assertEquals("sent", ledger.recordPart("m", 0, "delivered", null, null).state());
    assertNull("a repeat changes nothing", ledger.recordPart("m", 0, "delivered", null, null));
    assertNull("a late lower state changes nothing", ledger.recordPart("m", 0, "sent", null, null));
    assertEquals("delivered", ledger.recordPart("m", 1, "delivered", null, null).state());
  }

  @Test
  public void unknownIdsAndPartsAreIgnored() throws Exception {
    SendLedger ledger = new SendLedger(new MemoryLineStore());
    assertNull(ledger.recordPart("nope", 0, "sent", null, null));
    ledger.claim("m", 1, 0);
    assertNull(ledger.recordPart("m", 1, "sent", null, null));
    assertNull(ledger.recordPart("m", -1, "sent", null, null));
    assertNull(ledger.recordPart("m", 0, "dispatched", null, null));
  }

  @Test
  public void theFirstFailureGivesTheReason() throws Exception {
    SendLedger ledger = new SendLedger(new MemoryLineStore());
    ledger.claim("m", 2, 0);
    ledger.recordPart("m", 1, "failed", 2, "Radio off");
    SendRecord record = ledger.recordPart("m", 0, "failed", 4, "No service");
    assertEquals("Radio off", record.reason());
    assertEquals(Integer.valueOf(2), record.resultCode());
  }

  @Test
  public void reasonOnlyShowsWhenFailed() throws Exception {
    SendLedger ledger = new SendLedger(new MemoryLineStore());
    ledger.claim("m", 1, 0);
    assertNull(ledger.get("m").reason());
  }

  @Test
  public void failAllMarksEveryPart() throws Exception {
    SendLedger ledger = new SendLedger(new MemoryLineStore());
    ledger.claim("m", 3, 0);
    SendRecord record = ledger.failAll("m", "Not sent: boom");
    assertEquals("failed", record.state());
    assertEquals("Not sent: boom", record.reason());
    for (int i = 0; i < 3; i++) assertEquals("failed", record.part(i));
  }

  @Test
  public void aFailedWriteClaimsNothing() throws Exception {
    MemoryLineStore store = new MemoryLineStore();
    SendLedger ledger = new SendLedger(store);
    store.setFailing(true);
    try {
      ledger.claim("m", 1, 0);
      fail("claimed without a durable record");
    } catch (IOException expected) {
      // the caller must not send
    }
    assertNull(ledger.get("m"));
    store.setFailing(false);
    assertTrue(ledger.claim("m", 1, 0).fresh);
  }

  @Test
  public void theLogIsCompactedAndStillComplete() throws Exception {
    File file = new File(tmp.getRoot(), "sent");
    FileLineStore store = new FileLineStore(file);
    SendLedger ledger = new SendLedger(store);
    for (int i = 0; i < 300; i++) {
      ledger.claim("m" + i, 1, i);
      ledger.recordPart("m" + i, 0, "sent", null, null);
      ledger.recordPart("m" + i, 0, "delivered", null, null);
    }
    int lines = store.readAll().size();
    assertTrue("log has " + lines + " lines for 300 ids", lines <= 300 * 2 + 256 + 1);
    SendLedger reopened = new SendLedger(new FileLineStore(file));
    assertEquals(300, reopened.size());
    for (int i = 0; i < 300; i++) assertEquals("delivered", reopened.get("m" + i).state());
  }

  @Test
  public void foreignLinesAreSkipped() throws Exception {
    MemoryLineStore store = new MemoryLineStore();
    store.append("garbage");
    store.append("{\"id\":\"m\",\"parts\":[\"sent\"],\"at\":1}");
    store.append("{\"no\":\"id\"}");
    SendLedger ledger = new SendLedger(store);
    assertEquals(1, ledger.size());
    assertEquals("sent", ledger.get("m").state());
  }

  @Test
  public void recordsDoNotKeepTheRecipientOrBody() throws Exception {
    MemoryLineStore store = new MemoryLineStore();
    FakeRadio radio = new FakeRadio();
    SendCoordinator coordinator =
        new SendCoordinator(
            new SendLedger(store),
            radio,
            new SendCoordinator.Clock() {
              @Override
              public long now() {
                return 1;
              }
            });
    coordinator.send(new BridgeRequest.Send("m", "+447911123456", "secret words", null));
    for (String line : store.readAll()) {
      assertFalse(line.contains("447911123456"));
      assertFalse(line.contains("secret"));
    }
  }
}
