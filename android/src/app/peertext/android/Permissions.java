package app.peertext.android;

import android.Manifest;
import android.content.Context;
import android.content.pm.PackageManager;
import android.os.Build;
import java.util.ArrayList;
import java.util.List;

/** The runtime permissions PeerText asks for, and what each is for. */
final class Permissions {
  /** Manifest.permission.POST_NOTIFICATIONS (API 33), not in the API 23 jar. */
  static final String POST_NOTIFICATIONS = "android.permission.POST_NOTIFICATIONS";

  private Permissions() {}

  static List<String> runtime() {
    List<String> all = new ArrayList<String>();
    all.add(Manifest.permission.SEND_SMS);
    all.add(Manifest.permission.READ_SMS);
    all.add(Manifest.permission.RECEIVE_SMS);
    all.add(Manifest.permission.READ_PHONE_STATE);
    all.add(Manifest.permission.READ_CONTACTS);
    if (Build.VERSION.SDK_INT >= 33) all.add(POST_NOTIFICATIONS);
    return all;
  }

  static boolean has(Context context, String permission) {
    return context.checkSelfPermission(permission) == PackageManager.PERMISSION_GRANTED;
  }

  static List<String> missing(Context context) {
    List<String> missing = new ArrayList<String>();
    for (String permission : runtime()) {
      if (!has(context, permission)) missing.add(permission);
    }
    return missing;
  }

  /** The explanation shown before the system dialog, as a string resource id. */
  static int explanation(String permission) {
    if (Manifest.permission.SEND_SMS.equals(permission)) return app.peertext.R.string.why_send_sms;
    if (Manifest.permission.READ_SMS.equals(permission)) return app.peertext.R.string.why_read_sms;
    if (Manifest.permission.RECEIVE_SMS.equals(permission)) return app.peertext.R.string.why_receive_sms;
    if (Manifest.permission.READ_PHONE_STATE.equals(permission)) return app.peertext.R.string.why_phone_state;
    if (Manifest.permission.READ_CONTACTS.equals(permission)) return app.peertext.R.string.why_contacts;
    return app.peertext.R.string.why_notifications;
  }
}
