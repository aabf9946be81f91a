package app.peertext.android;

import android.Manifest;
import android.content.Context;
import android.telephony.SubscriptionInfo;
import android.telephony.SubscriptionManager;
import app.peertext.bridge.Sim;
import java.util.ArrayList;
import java.util.List;

/** The phone's active SIM subscriptions (SubscriptionManager, API 22+; needs READ_PHONE_STATE). */
final class SimDirectory {
  private SimDirectory() {}

  static List<Sim> list(Context context) {
    List<Sim> sims = new ArrayList<Sim>();
    // "Ask every time" has no default (INVALID), so no SIM is marked and the computer preselects none.
    int defaultSms = Compat.defaultSmsSubscription();
    for (SubscriptionInfo info : active(context)) {
      CharSequence carrier = info.getCarrierName();
      if (carrier == null || carrier.length() == 0) carrier = info.getDisplayName();
      sims.add(
          new Sim(
              info.getSubscriptionId(),
              info.getSimSlotIndex(),
              carrier == null ? "" : carrier.toString(),
              info.getNumber(),
              Boolean.valueOf(info.getSubscriptionId() == defaultSms)));
    }
    return sims;
  }

  /** The active subscription ids, or null when they cannot be read (no READ_PHONE_STATE). */
  static List<Integer> activeIds(Context context) {
    if (!Permissions.has(context, Manifest.permission.READ_PHONE_STATE)) return null;
    List<Integer> ids = new ArrayList<Integer>();
    for (SubscriptionInfo info : active(context)) ids.add(Integer.valueOf(info.getSubscriptionId()));
    return ids;
  }

  private static List<SubscriptionInfo> active(Context context) {
    List<SubscriptionInfo> infos = SubscriptionManager.from(context).getActiveSubscriptionInfoList();
    return infos == null ? new ArrayList<SubscriptionInfo>() : infos;
  }
}
