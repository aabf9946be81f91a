package app.peertext.bridge;

/** One active subscription as listSims reports it. */
public final class Sim {
  public final int id;
  public final int slot;
  public final String carrier;
  /** Often unknown: many SIMs do not store their own number. */
  public final String number;
  /**
   * The phone's default SIM for SMS, so the computer can preselect it; null leaves the field out
   * (how a wrapper from before it answered), which only the fixtures' rebuild needs.
   */
  public final Boolean isDefault;

  public Sim(int id, int slot, String carrier, String number, Boolean isDefault) {
    this.id = id;
    this.slot = slot;
    this.carrier = carrier == null ? "" : carrier;
    this.number = number == null || number.length() == 0 ? null : number;
    this.isDefault = isDefault;
  }
}
