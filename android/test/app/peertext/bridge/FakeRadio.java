package app.peertext.bridge;

import java.util.ArrayList;
import java.util.List;

/** An SmsRadio that records what it was asked to send; parts are partSize characters each. */
class FakeRadio implements SmsRadio {
  boolean canSend = true;
  int partSize = 160;
  Long requiredSim;
  RuntimeException dispatchError;
  final List<String> dispatched = new ArrayList<String>();
  final List<Integer> subscriptions = new ArrayList<Integer>();
  final List<String> recipients = new ArrayList<String>();

  @Override
  public boolean canSend() {
    return canSend;
  }

  @Override
  public int subscriptionFor(Long simId) throws BridgeFailure {
    List<Integer> active = new ArrayList<Integer>();
    active.add(Integer.valueOf(1));
    active.add(Integer.valueOf(2));
    return SimChoice.choose(simId, 1, active);
  }

  @Override
  public List<String> divide(int subscriptionId, String body) {
    List<String> parts = new ArrayList<String>();
    for (int i = 0; i < body.length(); i += partSize) parts.add(body.substring(i, Math.min(body.length(), i + partSize)));
    return parts;
  }

  @Override
  public void dispatch(int subscriptionId, String smsId, String to, List<String> parts) {
    if (dispatchError != null) throw dispatchError;
    dispatched.add(smsId);
    subscriptions.add(Integer.valueOf(subscriptionId));
    recipients.add(to);
  }
}
