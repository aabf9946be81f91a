package app.peertext.bridge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.File;
import org.json.JSONObject;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The exactly-once rule: a known id is answered, never dispatched again, across restarts too. */
public class SendCoordinatorTest {
  private static final SendCoordinator.Clock CLOCK =
      new SendCoordinator.Clock() {
        @Override
        public long now() {
          return 42;
        }
      };
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  private static BridgeRequest.Send sms(String id, String to, String body, Long simId) {
    return new BridgeRequest.Send(id, to, body, simId);
  }

  private static String code(SendCoordinator coordinator, BridgeRequest.Send send) {
    try {
      coordinator.send(send);
      fail("expected a refusal");
      return null;
    } catch (BridgeFailure failure) {
      return failure.code();
    }
  }

  @Test
  public void aNewIdIsDispatchedOnceAndRepeatsAreAnswered() throws Exception {
    FakeRadio radio = new FakeRadio();
    SendLedger ledger = new SendLedger(new MemoryLineStore());
    SendCoordinator coordinator = new SendCoordinator(ledger, radio, CLOCK);
    JSONObject first = coordinator.send(sms("m1", "+44 7911 123456", "hello", null));
    assertEquals("dispatched", first.getString("state"));
    assertFalse(first.getBoolean("duplicate"));
    assertEquals("+447911123456", radio.recipients.get(0));
    for (int i = 0; i < 5; i++) {
      JSONObject again = coordinator.send(sms("m1", "+447911123456", "hello", null));
      assertTrue(again.getBoolean("duplicate"));
    }
    assertEquals(1, radio.dispatched.size());
  }

  @Test
  public void aRepeatAfterARestartIsNotDispatched() throws Exception {
    File file = new File(tmp.getRoot(), "sent");
    FakeRadio before = new FakeRadio();
    new SendCoordinator(new SendLedger(new FileLineStore(file)), before, CLOCK).send(sms("m1", "123", "hi", null));
    FakeRadio after = new FakeRadio();
    SendLedger reopened = new SendLedger(new FileLineStore(file));
    JSONObject answer = new SendCoordinator(reopened, after, CLOCK).send(sms("m1", "123", "hi", null));
    assertTrue(answer.getBoolean("duplicate"));
    assertEquals("dispatched", answer.getString("state"));
    assertTrue(after.dispatched.isEmpty());
  }

  @Test
  public void aDuplicateIsAnsweredEvenWithoutPermissionNow() throws Exception {
    FakeRadio radio = new FakeRadio();
    SendLedger ledger = new SendLedger(new MemoryLineStore());
    SendCoordinator coordinator = new SendCoordinator(ledger, radio, CLOCK);
    coordinator.send(sms("m1", "123", "hi", null));
    radio.canSend = false;
    assertTrue(coordinator.send(sms("m1", "123", "hi", null)).getBoolean("duplicate"));
    assertEquals("permission-denied", code(coordinator, sms("m2", "123", "hi", null)));
  }

  @Test
  public void partsComeFromTheRadio() throws Exception {
    FakeRadio radio = new FakeRadio();
    radio.partSize = 5;
    SendCoordinator coordinator = new SendCoordinator(new SendLedger(new MemoryLineStore()), radio, CLOCK);
    assertEquals(3, coordinator.send(sms("m", "123", "abcdefghijk", null)).getInt("parts"));
  }

  @Test
  public void refusalsRecordNothingSoARetryCanSend() throws Exception {
    FakeRadio radio = new FakeRadio();
    SendLedger ledger = new SendLedger(new MemoryLineStore());
    SendCoordinator coordinator = new SendCoordinator(ledger, radio, CLOCK);
    assertEquals("bad-request", code(coordinator, sms("m1", "Alice", "hi", null)));
    assertEquals("no-sim", code(coordinator, sms("m2", "123", "hi", 9L)));
    radio.canSend = false;
    assertEquals("permission-denied", code(coordinator, sms("m3", "123", "hi", null)));
    assertEquals(0, ledger.size());
    radio.canSend = true;
    assertFalse(coordinator.send(sms("m3", "123", "hi", null)).getBoolean("duplicate"));
  }

  @Test
  public void theChosenSimSends() throws Exception {
    FakeRadio radio = new FakeRadio();
    SendCoordinator coordinator = new SendCoordinator(new SendLedger(new MemoryLineStore()), radio, CLOCK);
    coordinator.send(sms("a", "123", "hi", 2L));
    coordinator.send(sms("b", "123", "hi", null));
    assertEquals(Integer.valueOf(2), radio.subscriptions.get(0));
    assertEquals(Integer.valueOf(1), radio.subscriptions.get(1));
  }

  @Test
  public void aLedgerThatCannotWriteMeansNoSend() throws Exception {
    FakeRadio radio = new FakeRadio();
    MemoryLineStore store = new MemoryLineStore();
    SendCoordinator coordinator = new SendCoordinator(new SendLedger(store), radio, CLOCK);
    store.setFailing(true);
    assertEquals("internal", code(coordinator, sms("m", "123", "hi", null)));
    assertTrue(radio.dispatched.isEmpty());
  }

  @Test
  public void aRadioThatThrowsFailsTheIdForGood() throws Exception {
    FakeRadio radio = new FakeRadio();
    radio.dispatchError = new IllegalArgumentException("Invalid destinationAddress");
    SendLedger ledger = new SendLedger(new MemoryLineStore());
    SendCoordinator coordinator = new SendCoordinator(ledger, radio, CLOCK);
    JSONObject answer = coordinator.send(sms("m", "123", "hi", null));
    assertEquals("failed", answer.getString("state"));
    assertEquals("Not sent: Invalid destinationAddress", answer.getString("reason"));
    assertFalse(answer.getBoolean("duplicate"));
    radio.dispatchError = null;
    JSONObject retry = coordinator.send(sms("m", "123", "hi", null));
    assertTrue(retry.getBoolean("duplicate"));
    assertEquals("failed", retry.getString("state"));
    assertTrue(radio.dispatched.isEmpty());
  }

  @Test
  public void theAnswerShowsReportsThatAlreadyArrived() throws Exception {
    final SendLedger ledger = new SendLedger(new MemoryLineStore());
    FakeRadio radio =
        new FakeRadio() {
          @Override
          public void dispatch(int subscriptionId, String smsId, String to, java.util.List<String> parts) {
            try {
              ledger.recordPart(smsId, 0, "sent", null, null);
            } catch (java.io.IOException e) {
              throw new IllegalStateException(e);
            }
          }
        };
    JSONObject answer = new SendCoordinator(ledger, radio, CLOCK).send(sms("m", "123", "hi", null));
    assertEquals("sent", answer.getString("state"));
  }
}
