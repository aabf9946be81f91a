package app.peertext.android;

import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;
import android.telephony.SmsMessage;
import android.util.Log;
import app.peertext.bridge.DeliveryStatus;
import app.peertext.bridge.Events;
import app.peertext.bridge.PartStates;
import app.peertext.bridge.ResultCodes;
import app.peertext.bridge.SendLedger;
import app.peertext.bridge.SendRecord;
import java.io.IOException;

/**
 * The per-part sent and delivered PendingIntents land here (not exported: only our own intents).
 * Each report updates the ledger first, then becomes an sms-status event for the page if one listens.
 */
public final class SmsStatusReceiver extends BroadcastReceiver {
  static final String ACTION_SENT = "app.peertext.action.SMS_SENT";
  static final String ACTION_DELIVERED = "app.peertext.action.SMS_DELIVERED";
  static final String EXTRA_ID = "app.peertext.extra.SMS_ID";
  static final String EXTRA_PART = "app.peertext.extra.PART";
  static final String EXTRA_PARTS = "app.peertext.extra.PARTS";
  private static final String TAG = "PeerText";

  @Override
  public void onReceive(Context context, Intent intent) {
    String id = intent.getStringExtra(EXTRA_ID);
    int part = intent.getIntExtra(EXTRA_PART, -1);
    int parts = intent.getIntExtra(EXTRA_PARTS, 0);
    if (id == null || part < 0 || parts < 1) return;

    String state;
    Integer code = null;
    String reason = null;
    if (ACTION_SENT.equals(intent.getAction())) {
      int result = getResultCode();
      if (result == ResultCodes.RESULT_OK) {
        state = PartStates.SENT;
      } else {
        state = PartStates.FAILED;
        code = Integer.valueOf(result);
        reason = ResultCodes.reason(result);
      }
    } else if (ACTION_DELIVERED.equals(intent.getAction())) {
      int verdict = deliveryVerdict(intent);
      if (verdict == DeliveryStatus.PENDING) return; // The centre keeps trying; another report follows.
      state = verdict == DeliveryStatus.DELIVERED ? PartStates.DELIVERED : PartStates.FAILED;
      if (verdict == DeliveryStatus.FAILED) reason = DeliveryStatus.REASON_NOT_DELIVERED;
    } else {
      return;
    }

    BridgeHub hub = BridgeHub.get(context);
    SendLedger ledger = hub.ledger();
    if (ledger != null) {
      try {
        SendRecord changed = ledger.recordPart(id, part, state, code, reason);
        if (changed == null && ledger.get(id) != null) return; // A repeat of a report already applied.
      } catch (IOException e) {
        Log.e(TAG, "could not record the state of " + id, e);
      }
    }
    hub.postEvent(Events.smsStatus(id, part, parts, state, code, reason));
  }

  private static int deliveryVerdict(Intent intent) {
    byte[] pdu = intent.getByteArrayExtra("pdu");
    if (pdu == null) return DeliveryStatus.DELIVERED; // The intent fires only for a status report.
    String format = intent.getStringExtra("format");
    try {
      SmsMessage report = SmsMessage.createFromPdu(pdu, format);
      return report == null ? DeliveryStatus.DELIVERED : DeliveryStatus.classify(report.getStatus(), format);
    } catch (RuntimeException e) {
      Log.w(TAG, "unreadable status report", e);
      return DeliveryStatus.DELIVERED;
    }
  }
}
