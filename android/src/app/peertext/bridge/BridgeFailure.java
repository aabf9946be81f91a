package app.peertext.bridge;

/** A request that is answered with `success: false` and one of the contract's error codes. */
public final class BridgeFailure extends Exception {
  public static final String BAD_REQUEST = "bad-request";
  public static final String UNKNOWN_TYPE = "unknown-type";
  public static final String PERMISSION_DENIED = "permission-denied";
  public static final String NO_SIM = "no-sim";
  public static final String INTERNAL = "internal";

  private final String code;

  public BridgeFailure(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static BridgeFailure badRequest(String message) {
    return new BridgeFailure(BAD_REQUEST, message);
  }

  public static BridgeFailure permissionDenied(String permission) {
    return new BridgeFailure(PERMISSION_DENIED, permission + " permission not granted");
  }
}
