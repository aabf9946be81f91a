package app.peertext.bridge;

/** One row of content://sms as readInbox reports it. */
public final class InboxRow {
  /** Telephony.Sms.MESSAGE_TYPE_INBOX and MESSAGE_TYPE_SENT. */
  public static final int TYPE_INBOX = 1;
  public static final int TYPE_SENT = 2;

  public final long id;
  public final String box;
  public final String address;
  public final String body;
  public final long date;
  public final boolean read;
  public final Integer simId;

  public InboxRow(long id, int type, String address, String body, long date, boolean read, Integer simId) {
    this.id = id;
    this.box = type == TYPE_SENT ? "sent" : "inbox";
    this.address = address == null ? "" : address;
    this.body = body == null ? "" : body;
    this.date = date;
    this.read = read;
    // Providers without a SIM column, or with -1 for "unknown", give no simId.
    this.simId = simId == null || simId.intValue() < 0 ? null : simId;
  }
}
