package app.peertext.android;

import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;
import android.provider.Telephony;
import android.telephony.SmsMessage;
import app.peertext.bridge.Events;
import app.peertext.bridge.ReceivedSms;
import java.util.ArrayList;
import java.util.List;

/**
 * SMS_RECEIVED (only the system can send it: the manifest requires BROADCAST_SMS). The parts of one
 * concatenated SMS arrive together and are joined; the hub posts the event or queues it durably.
 */
public final class SmsReceiver extends BroadcastReceiver {
  /** SubscriptionManager.EXTRA_SUBSCRIPTION_INDEX (API 30); older releases use "subscription". */
  private static final String EXTRA_SUBSCRIPTION_INDEX = "android.telephony.extra.SUBSCRIPTION_INDEX";

  @Override
  public void onReceive(Context context, Intent intent) {
    if (!Telephony.Sms.Intents.SMS_RECEIVED_ACTION.equals(intent.getAction())) return;
    SmsMessage[] messages = Telephony.Sms.Intents.getMessagesFromIntent(intent);
    if (messages == null || messages.length == 0 || messages[0] == null) return;
    List<String> parts = new ArrayList<String>();
    for (SmsMessage message : messages) {
      if (message != null) parts.add(message.getDisplayMessageBody());
    }
    String from = ReceivedSms.sender(messages[0].getDisplayOriginatingAddress());
    String body = ReceivedSms.join(parts);
    long serviceCentreTime = messages[0].getTimestampMillis();
    int sim = intent.getIntExtra("subscription", intent.getIntExtra(EXTRA_SUBSCRIPTION_INDEX, -1));
    // `date` is the time of arrival, as the SMS provider stores it and readInbox reports it.
    BridgeHub.get(context)
        .received(
            Events.smsReceived(
                ReceivedSms.id(from, serviceCentreTime, body),
                from,
                body,
                System.currentTimeMillis(),
                sim >= 0 ? Integer.valueOf(sim) : null));
  }
}
