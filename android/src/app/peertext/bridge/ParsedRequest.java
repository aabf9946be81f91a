package app.peertext.bridge;

/** Either a valid request or the refusal, with the request id when one could be read. */
public final class ParsedRequest {
  public final BridgeRequest request;
  public final String code;
  public final String message;
  /** The raw id when it was a string, even an unusable one; null when there was none. */
  public final String id;

  private ParsedRequest(BridgeRequest request, String code, String message, String id) {
    this.request = request;
    this.code = code;
    this.message = message;
    this.id = id;
  }

  static ParsedRequest ok(BridgeRequest request) {
    return new ParsedRequest(request, null, null, request.id);
  }

  static ParsedRequest refused(String code, String message, String id) {
    return new ParsedRequest(null, code, message, id);
  }

  public boolean ok() {
    return request != null;
  }

  /** The contract drops requests whose id cannot be echoed back (RequestId is 1..64 characters). */
  public boolean answerable() {
    return id != null && id.length() >= 1 && id.length() <= RequestParser.MAX_ID;
  }
}
