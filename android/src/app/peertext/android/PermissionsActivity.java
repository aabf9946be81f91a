package app.peertext.android;

import android.app.Activity;
import android.content.Intent;
import android.graphics.Typeface;
import android.net.Uri;
import android.os.Bundle;
import android.os.SystemClock;
import android.provider.Settings;
import android.util.TypedValue;
import android.view.View;
import android.widget.Button;
import android.widget.LinearLayout;
import android.widget.ScrollView;
import android.widget.TextView;
import app.peertext.R;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Says what each permission is for before the system asks, because a bare "Allow PeerText to send
 * and view SMS messages?" reads like malware. Built in code: a handful of views needs no layout file.
 */
public final class PermissionsActivity extends Activity {
  private static final int REQUEST_SMS = 1;
  private static final int REQUEST_OTHERS = 2;
  /** When the SMS request went out: an answer faster than a person can tap means no dialog appeared. */
  private long requestedAt;

  @Override
  protected void onCreate(Bundle state) {
    super.onCreate(state);
    setContentView(explanationView(Permissions.missing(this)));
  }

  private View explanationView(List<String> missing) {
    int pad = dp(24);
    LinearLayout column = new LinearLayout(this);
    column.setOrientation(LinearLayout.VERTICAL);
    column.setPadding(pad, pad, pad, pad);

    column.addView(text(getString(R.string.permissions_title), 22, true));
    column.addView(text(getString(R.string.permissions_intro), 16, false));
    for (String permission : missing) {
      TextView item = text("• " + getString(Permissions.explanation(permission)), 16, false);
      item.setPadding(0, dp(12), 0, 0);
      column.addView(item);
    }

    Button allow = new Button(this);
    allow.setText(R.string.permissions_continue);
    allow.setOnClickListener(
        new View.OnClickListener() {
          @Override
          public void onClick(View v) {
            askSmsThenOthers();
          }
        });
    Button later = new Button(this);
    later.setText(R.string.permissions_later);
    later.setOnClickListener(
        new View.OnClickListener() {
          @Override
          public void onClick(View v) {
            finish();
          }
        });
    Button settings = new Button(this);
    settings.setText(R.string.permissions_settings);
    settings.setOnClickListener(
        new View.OnClickListener() {
          @Override
          public void onClick(View v) {
            // After "Don't ask again" the system dialog no longer appears; only Settings can grant.
            Intent intent = new Intent(Settings.ACTION_APPLICATION_DETAILS_SETTINGS);
            intent.setData(Uri.fromParts("package", getPackageName(), null));
            startActivity(intent);
          }
        });
    LinearLayout buttons = new LinearLayout(this);
    buttons.setOrientation(LinearLayout.VERTICAL);
    buttons.setPadding(0, dp(24), 0, 0);
    buttons.addView(allow);
    buttons.addView(later);
    buttons.addView(settings);
    column.addView(buttons);

    ScrollView scroll = new ScrollView(this);
    scroll.addView(column);
    return scroll;
  }

  /**
   * The SMS permissions go first and alone, so the time their answer takes is theirs: restricted
   * settings refuse them instantly, which the other groups' dialogs would hide.
   */
  private void askSmsThenOthers() {
    List<String> sms = new ArrayList<String>();
    for (String permission : Permissions.missing(this)) {
      if (Arrays.asList(SmsPermissionRecord.SMS).contains(permission)) sms.add(permission);
    }
    if (sms.isEmpty()) {
      askOthers();
      return;
    }
    requestedAt = SystemClock.elapsedRealtime();
    requestPermissions(sms.toArray(new String[0]), REQUEST_SMS);
  }

  private void askOthers() {
    List<String> still = Permissions.missing(this);
    still.removeAll(Arrays.asList(SmsPermissionRecord.SMS));
    if (still.isEmpty()) finish();
    else requestPermissions(still.toArray(new String[0]), REQUEST_OTHERS);
  }

  @Override
  public void onRequestPermissionsResult(int requestCode, String[] permissions, int[] results) {
    if (requestCode == REQUEST_SMS) {
      // Whatever was granted, the page learns it from `capabilities`, restricted settings included.
      SmsPermissionRecord.afterRequest(this, permissions, results, SystemClock.elapsedRealtime() - requestedAt);
      askOthers();
    } else if (requestCode == REQUEST_OTHERS) {
      finish();
    }
  }

  private TextView text(String value, int sp, boolean bold) {
    TextView view = new TextView(this);
    view.setText(value);
    view.setTextSize(TypedValue.COMPLEX_UNIT_SP, sp);
    if (bold) view.setTypeface(Typeface.DEFAULT_BOLD);
    view.setPadding(0, 0, 0, dp(8));
    return view;
  }

  private int dp(int value) {
    return Math.round(value * getResources().getDisplayMetrics().density);
  }
}
