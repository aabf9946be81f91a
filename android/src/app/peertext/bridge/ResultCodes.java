package app.peertext.bridge;

/** SmsManager's sent-intent result codes in words, as listed in docs/bridge-contract.md. */
public final class ResultCodes {
  /** android.app.Activity.RESULT_OK: the part left the phone. */
  public static final int RESULT_OK = -1;

  private ResultCodes() {}

  public static String reason(int code) {
    switch (code) {
      case 1:
        return "Generic failure";
      case 2:
        return "Radio off";
      case 3:
        return "No PDU";
      case 4:
        return "No service";
      case 5:
        return "Sending limit exceeded";
      default:
        return "Error code " + code;
    }
  }
}
