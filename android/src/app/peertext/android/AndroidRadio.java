package app.peertext.android;

import android.Manifest;
import android.app.PendingIntent;
import android.content.Context;
import android.content.Intent;
import android.content.SharedPreferences;
import android.content.pm.PackageManager;
import android.net.Uri;
import android.telephony.SmsManager;
import app.peertext.bridge.BridgeFailure;
import app.peertext.bridge.SimChoice;
import app.peertext.bridge.SmsRadio;
import java.util.ArrayList;
import java.util.List;

/** SmsManager behind SmsRadio: always a subscription's own manager, with a sent and a delivered intent per part. */
final class AndroidRadio implements SmsRadio {
  private final Context context;

  AndroidRadio(Context context) {
    this.context = context;
  }

  @Override
  public boolean canSend() {
    return Permissions.has(context, Manifest.permission.SEND_SMS)
        && context.getPackageManager().hasSystemFeature(PackageManager.FEATURE_TELEPHONY);
  }

  @Override
  public int subscriptionFor(Long simId) throws BridgeFailure {
    return SimChoice.choose(simId, Compat.defaultSmsSubscription(), SimDirectory.activeIds(context));
  }

  @Override
  public List<String> divide(int subscriptionId, String body) {
    return SmsManager.getSmsManagerForSubscriptionId(subscriptionId).divideMessage(body);
  }

  @Override
  public void dispatch(int subscriptionId, String smsId, String to, List<String> parts) {
    int count = parts.size();
    int firstCode = RequestCodes.reserve(context, count * 2);
    ArrayList<PendingIntent> sent = new ArrayList<PendingIntent>();
    ArrayList<PendingIntent> delivered = new ArrayList<PendingIntent>();
    for (int part = 0; part < count; part++) {
      sent.add(statusIntent(SmsStatusReceiver.ACTION_SENT, smsId, part, count, firstCode + part * 2));
      delivered.add(statusIntent(SmsStatusReceiver.ACTION_DELIVERED, smsId, part, count, firstCode + part * 2 + 1));
    }
    SmsManager.getSmsManagerForSubscriptionId(subscriptionId)
        .sendMultipartTextMessage(to, null, new ArrayList<String>(parts), sent, delivered);
  }

  private PendingIntent statusIntent(String action, String smsId, int part, int parts, int requestCode) {
    Intent intent = new Intent(context, SmsStatusReceiver.class);
    intent.setAction(action);
    // The data makes every part's intent distinct even if a request code were ever reused.
    String kind = SmsStatusReceiver.ACTION_SENT.equals(action) ? "sent" : "delivered";
    intent.setData(Uri.parse("peertext-sms://" + kind + "/" + Uri.encode(smsId) + "/" + part));
    intent.putExtra(SmsStatusReceiver.EXTRA_ID, smsId);
    intent.putExtra(SmsStatusReceiver.EXTRA_PART, part);
    intent.putExtra(SmsStatusReceiver.EXTRA_PARTS, parts);
    return PendingIntent.getBroadcast(context, requestCode, intent, PendingIntent.FLAG_UPDATE_CURRENT | Compat.statusIntentFlags());
  }

  /** Request codes that stay unique across restarts: a counter in preferences, handed out in blocks. */
  static final class RequestCodes {
    private static final String PREFS = "peertext-radio";
    private static final String KEY = "nextRequestCode";

    private RequestCodes() {}

    static synchronized int reserve(Context context, int count) {
      SharedPreferences prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE);
      int first = prefs.getInt(KEY, 1);
      if (first > Integer.MAX_VALUE - count - 1) first = 1;
      prefs.edit().putInt(KEY, first + count).commit();
      return first;
    }
  }
}
