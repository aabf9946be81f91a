package app.peertext.bridge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import org.junit.Test;

/** Number checks, result-code words, delivery reports, part folding and notification text. */
public class SmallRulesTest {
  @Test
  public void recipientsAreDigitsWithAnOptionalPlus() {
    assertEquals("+447911123456", Recipients.normalize("+447911123456"));
    assertEquals("+447911123456", Recipients.normalize("+44 7911 123-456"));
    assertEquals("+14155552671", Recipients.normalize("+1 (415) 555.2671"));
    assertEquals("12345", Recipients.normalize("12345"));
    assertEquals("7", Recipients.normalize("7"));
    assertEquals("12345678901234567890", Recipients.normalize("12345678901234567890"));
    assertNull(Recipients.normalize("123456789012345678901"));
    assertNull(Recipients.normalize("+"));
    assertNull(Recipients.normalize("   "));
    assertNull(Recipients.normalize("Alice"));
    assertNull(Recipients.normalize("*100#"));
    assertNull(Recipients.normalize("12+34"));
    assertNull(Recipients.normalize("++44"));
    assertNull(Recipients.normalize("0800 FLOWERS"));
    assertNull(Recipients.normalize(null));
  }

  @Test
  public void resultCodesInWords() {
    assertEquals("Generic failure", ResultCodes.reason(1));
    assertEquals("Radio off", ResultCodes.reason(2));
    assertEquals("No PDU", ResultCodes.reason(3));
    assertEquals("No service", ResultCodes.reason(4));
    assertEquals("Sending limit exceeded", ResultCodes.reason(5));
    assertEquals("Error code 6", ResultCodes.reason(6));
    assertEquals("Error code 0", ResultCodes.reason(0));
    assertEquals("Error code 133", ResultCodes.reason(133));
  }

  @Test
  public void gsmDeliveryReports() {
    assertEquals(DeliveryStatus.DELIVERED, DeliveryStatus.classify(0x00, "3gpp"));
    assertEquals(DeliveryStatus.DELIVERED, DeliveryStatus.classify(0x02, "3gpp"));
    assertEquals(DeliveryStatus.PENDING, DeliveryStatus.classify(0x20, "3gpp"));
    assertEquals(DeliveryStatus.PENDING, DeliveryStatus.classify(0x3f, "3gpp"));
    assertEquals(DeliveryStatus.FAILED, DeliveryStatus.classify(0x40, "3gpp"));
    assertEquals(DeliveryStatus.FAILED, DeliveryStatus.classify(0x60, "3gpp"));
    assertEquals(DeliveryStatus.FAILED, DeliveryStatus.classify(0x41, null));
    assertEquals(DeliveryStatus.DELIVERED, DeliveryStatus.classify(-1, "3gpp"));
  }

  @Test
  public void cdmaDeliveryReports() {
    assertEquals(DeliveryStatus.DELIVERED, DeliveryStatus.classify(0x02 << 16, "3gpp2"));
    assertEquals(DeliveryStatus.PENDING, DeliveryStatus.classify((2 << 8) << 16, "3gpp2"));
    assertEquals(DeliveryStatus.FAILED, DeliveryStatus.classify((3 << 8 | 0x05) << 16, "3gpp2"));
  }

  private static String fold(String... parts) {
    return PartStates.fold(parts);
  }

  @Test
  public void partsFoldLikeTheTypeScriptSide() {
    assertEquals("dispatched", fold("sent", "sent", "dispatched"));
    assertEquals("sent", fold("sent", "sent", "sent"));
    assertEquals("sent", fold("delivered", "sent", "delivered"));
    assertEquals("delivered", fold("delivered", "delivered", "delivered"));
    assertEquals("failed", fold("sent", "failed", "delivered"));
    assertEquals("failed", fold("failed", "dispatched"));
    assertEquals("dispatched", fold());
  }

  @Test
  public void partStatesNeverGoBack() {
    assertEquals("delivered", PartStates.merge("delivered", "sent"));
    assertEquals("delivered", PartStates.merge("sent", "delivered"));
    assertEquals("failed", PartStates.merge("failed", "delivered"));
    assertEquals("failed", PartStates.merge("delivered", "failed"));
    assertEquals("sent", PartStates.merge("dispatched", "sent"));
    assertTrue(PartStates.isPartState("sent"));
    assertFalse(PartStates.isPartState("dispatched"));
  }

  @Test
  public void connectionText() {
    assertEquals("No computer connected. Keeping PeerText ready.", ConnectionText.describe(Collections.<String>emptyList()));
    assertEquals("Connected to Laptop", ConnectionText.describe(Arrays.asList("Laptop")));
    assertEquals("Connected to Laptop and Work PC", ConnectionText.describe(Arrays.asList("Laptop", "Work PC")));
    assertEquals("Connected to A, B and C", ConnectionText.describe(Arrays.asList("A", "B", "C")));
  }

  @Test
  public void receivedSmsJoinsPartsAndHasAStableId() {
    assertEquals("Hello there", ReceivedSms.join(Arrays.asList("Hel", "lo ", null, "there")));
    String id = ReceivedSms.id("+447911123456", 1763900120000L, "Call me");
    assertEquals(id, ReceivedSms.id("+447911123456", 1763900120000L, "Call me"));
    assertTrue(id.startsWith("rx-"));
    assertEquals(27, id.length());
    assertFalse(id.equals(ReceivedSms.id("+447911123456", 1763900120001L, "Call me")));
    assertFalse(id.equals(ReceivedSms.id("+447911123457", 1763900120000L, "Call me")));
  }

  @Test
  public void senderFitsTheContractsAddress() {
    assertEquals("+447911123456", ReceivedSms.sender(" +447911123456 "));
    assertEquals("Unknown", ReceivedSms.sender(null));
    assertEquals("Unknown", ReceivedSms.sender(""));
    String gateway = "someone.with.a.long.name@example-gateway.example.com";
    assertEquals(gateway.substring(0, 40), ReceivedSms.sender(gateway));
  }
}
