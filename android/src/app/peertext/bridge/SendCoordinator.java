package app.peertext.bridge;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONObject;

/**
 * The `send` request: a known id is answered with its state and never dispatched again; a new id is
 * recorded durably first and only then handed to the radio.
 */
public final class SendCoordinator {
  private final SendLedger ledger;
  private final SmsRadio radio;
  private final Clock clock;

  /** Time source, so tests can pin record timestamps. */
  public interface Clock {
    long now();
  }

  public SendCoordinator(SendLedger ledger, SmsRadio radio, Clock clock) {
    this.ledger = ledger;
    this.radio = radio;
    this.clock = clock;
  }

  public JSONObject send(BridgeRequest.Send request) throws BridgeFailure {
    SendRecord known = ledger.get(request.smsId);
    if (known != null) return Results.send(known, true);
    if (!radio.canSend()) throw BridgeFailure.permissionDenied("SEND_SMS");
    String to = Recipients.normalize(request.to);
    if (to == null) throw BridgeFailure.badRequest("to is not a phone number or short code");
    int subscription = radio.subscriptionFor(request.simId);
    List<String> parts = radio.divide(subscription, request.body);
    if (parts == null || parts.isEmpty()) {
      parts = new ArrayList<String>();
      parts.add(request.body);
    }
    SendLedger.Claim claim;
    try {
      claim = ledger.claim(request.smsId, parts.size(), clock.now());
    } catch (IOException e) {
      throw new BridgeFailure(BridgeFailure.INTERNAL, "Could not record the SMS id, so it was not sent: " + e.getMessage());
    }
    if (!claim.fresh) return Results.send(claim.record, true);
    try {
      radio.dispatch(subscription, request.smsId, to, parts);
    } catch (Exception e) {
      return Results.send(failAll(request.smsId, "Not sent: " + describe(e)), false);
    }
    SendRecord now = ledger.get(request.smsId);
    return Results.send(now == null ? claim.record : now, false);
  }

  private SendRecord failAll(String smsId, String reason) throws BridgeFailure {
    try {
      SendRecord failed = ledger.failAll(smsId, reason);
      if (failed != null) return failed;
    } catch (IOException e) {
      // Still answered below: the id stays recorded as dispatched, so it is not sent again either way.
    }
    SendRecord current = ledger.get(smsId);
    if (current == null) throw new BridgeFailure(BridgeFailure.INTERNAL, reason);
    return current;
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null || message.length() == 0 ? e.getClass().getSimpleName() : message;
  }
}
