package app.peertext.bridge;

/**
 * Reads the status of an SMS delivery report (SmsMessage.getStatus()). GSM (3gpp) carries TP-Status:
 * below 0x20 the message reached the phone, 0x20..0x3F the centre is still trying, 0x40 and up it gave
 * up. CDMA (3gpp2) puts the error class in bits 24-25: 0 delivered, 2 still trying, 3 failed.
 */
public final class DeliveryStatus {
  public static final int DELIVERED = 0;
  public static final int PENDING = 1;
  public static final int FAILED = 2;
  public static final String REASON_NOT_DELIVERED = "Not delivered";

  private DeliveryStatus() {}

  public static int classify(int status, String format) {
    if ("3gpp2".equals(format)) {
      int errorClass = (status >> 24) & 0x03;
      if (errorClass == 0) return DELIVERED;
      if (errorClass == 2) return PENDING;
      return FAILED;
    }
    if (status < 0) return DELIVERED; // No status in the PDU: the report itself is the news.
    if (status < 0x20) return DELIVERED;
    if (status < 0x40) return PENDING;
    return FAILED;
  }
}
