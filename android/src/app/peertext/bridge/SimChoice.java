package app.peertext.bridge;

import java.util.List;

/**
 * Which subscription sends an SMS. Always an explicit one: SmsManager.getDefault() on a dual-SIM
 * phone set to "ask every time" pops the system's SIM chooser, which nobody at the computer can answer.
 */
public final class SimChoice {
  /** SubscriptionManager.INVALID_SUBSCRIPTION_ID. */
  public static final int INVALID = -1;

  private SimChoice() {}

  /**
   * @param requested the request's simId, or null
   * @param defaultSms the default SMS subscription, or INVALID when none is set
   * @param active the active subscription ids, or null when they cannot be listed (no READ_PHONE_STATE)
   */
  public static int choose(Long requested, int defaultSms, List<Integer> active) throws BridgeFailure {
    if (requested != null) {
      long wanted = requested.longValue();
      if (wanted > Integer.MAX_VALUE || (active != null && !active.contains(Integer.valueOf((int) wanted)))) {
        throw new BridgeFailure(BridgeFailure.NO_SIM, "SIM " + wanted + " is not active");
      }
      return (int) wanted;
    }
    if (defaultSms != INVALID && defaultSms != Integer.MAX_VALUE
        && (active == null || active.contains(Integer.valueOf(defaultSms)))) {
      return defaultSms;
    }
    if (active != null && active.size() == 1) return active.get(0).intValue();
    if (active != null && active.isEmpty()) throw new BridgeFailure(BridgeFailure.NO_SIM, "No active SIM");
    throw new BridgeFailure(
        BridgeFailure.NO_SIM, "No default SIM for SMS on this phone: choose one with simId (see listSims)");
  }
}
