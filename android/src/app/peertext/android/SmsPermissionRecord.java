package app.peertext.android;

import android.Manifest;
import android.app.Activity;
import android.content.Context;
import android.content.SharedPreferences;
import android.content.pm.PackageManager;
import android.os.Build;
import app.peertext.bridge.SmsPermissionState;

/**
 * Remembers whether Android's restricted settings held the SMS permissions back (the heuristic is
 * SmsPermissionState's), so `capabilities` can tell the page, which then shows the way out.
 */
final class SmsPermissionRecord {
  private static final String PREFS = "sms-permissions";
  private static final String ASKED = "asked";
  private static final String RESTRICTED = "restricted";
  static final String[] SMS = {Manifest.permission.SEND_SMS, Manifest.permission.READ_SMS, Manifest.permission.RECEIVE_SMS};

  private SmsPermissionRecord() {}

  static boolean allGranted(Context context) {
    for (String permission : SMS) {
      if (!Permissions.has(context, permission)) return false;
    }
    return true;
  }

  /** `smsPermissions` for the capabilities result. */
  static String report(Context context) {
    return SmsPermissionState.report(allGranted(context), prefs(context).getBoolean(RESTRICTED, false));
  }

  /** After PermissionsActivity's request came back, `elapsedMs` after it was made. */
  static void afterRequest(Activity activity, String[] permissions, int[] results, long elapsedMs) {
    SharedPreferences prefs = prefs(activity);
    boolean asked = false;
    boolean restricted = false;
    for (int i = 0; i < permissions.length && i < results.length; i++) {
      if (!isSms(permissions[i])) continue;
      asked = true;
      SmsPermissionState.Refusal refusal = new SmsPermissionState.Refusal();
      refusal.sdk = Build.VERSION.SDK_INT;
      refusal.packageSource = Compat.packageSource(activity);
      refusal.granted = results[i] == PackageManager.PERMISSION_GRANTED;
      refusal.rationale = activity.shouldShowRequestPermissionRationale(permissions[i]);
      refusal.elapsedMs = elapsedMs;
      refusal.askedBefore = prefs.getBoolean(ASKED, false);
      refusal.restrictedBefore = prefs.getBoolean(RESTRICTED, false);
      if (SmsPermissionState.isRestricted(refusal)) restricted = true;
    }
    // An empty answer means the request was cancelled (another one came): nothing learned.
    if (!asked) return;
    // Granted, or a dialog appeared: restricted settings are off now.
    prefs.edit().putBoolean(ASKED, true).putBoolean(RESTRICTED, restricted && !allGranted(activity)).apply();
  }

  private static boolean isSms(String permission) {
    for (String sms : SMS) {
      if (sms.equals(permission)) return true;
    }
    return false;
  }

  private static SharedPreferences prefs(Context context) {
    return context.getSharedPreferences(PREFS, Context.MODE_PRIVATE);
  }
}
