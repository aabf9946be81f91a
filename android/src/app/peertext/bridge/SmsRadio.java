package app.peertext.bridge;

import java.util.List;

/** The phone's SMS hardware as SendCoordinator needs it; Android's SmsManager in the app, a fake in tests. */
public interface SmsRadio {
  /** SEND_SMS granted and the device has telephony. */
  boolean canSend();

  /** The subscription to send with, chosen explicitly (see SimChoice); throws no-sim. */
  int subscriptionFor(Long simId) throws BridgeFailure;

  /** The body split into SMS parts, as the radio will send them. */
  List<String> divide(int subscriptionId, String body);

  /** Hands the parts to the radio; per-part results come back later as sms-status events. */
  void dispatch(int subscriptionId, String smsId, String to, List<String> parts) throws Exception;
}
