package app.peertext.android;

import android.app.Notification;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.app.Service;
import android.content.Context;
import android.content.Intent;
import android.os.IBinder;
import android.os.PowerManager;
import app.peertext.R;
import app.peertext.bridge.ConnectionText;

/**
 * Keeps the process, and with it the page and its data channels, alive while the screen is off. The
 * wake lock keeps the CPU running so the page's timers and the channels' keep-alives continue; the
 * notification says which computers are connected and offers Stop.
 */
public final class KeepAliveService extends Service {
  static final String ACTION_STOP = "app.peertext.action.STOP";
  private static final String CHANNEL = "connection";
  private static final int NOTIFICATION_ID = 1;
  private static volatile boolean running;

  private PowerManager.WakeLock wakeLock;

  static void start(Context context) {
    context.startService(new Intent(context, KeepAliveService.class));
  }

  static void stop(Context context) {
    context.stopService(new Intent(context, KeepAliveService.class));
  }

  /** New text for the notification after the page reported its connections. */
  static void refresh(Context context) {
    if (!running) return;
    NotificationManager manager = (NotificationManager) context.getSystemService(Context.NOTIFICATION_SERVICE);
    manager.notify(NOTIFICATION_ID, build(context));
  }

  @Override
  public void onCreate() {
    super.onCreate();
    NotificationManager manager = (NotificationManager) getSystemService(Context.NOTIFICATION_SERVICE);
    Compat.createChannel(manager, CHANNEL, getString(R.string.channel_connection));
    PowerManager power = (PowerManager) getSystemService(Context.POWER_SERVICE);
    wakeLock = power.newWakeLock(PowerManager.PARTIAL_WAKE_LOCK, "PeerText:connection");
    wakeLock.setReferenceCounted(false);
  }

  @Override
  public int onStartCommand(Intent intent, int flags, int startId) {
    if (intent != null && ACTION_STOP.equals(intent.getAction())) {
      BridgeHub.get(this).stopAll();
      stopSelf();
      return START_NOT_STICKY;
    }
    Compat.startForeground(this, NOTIFICATION_ID, build(this));
    running = true;
    if (!wakeLock.isHeld()) wakeLock.acquire();
    // Not sticky: without the activity's WebView a restarted service would keep nothing alive.
    return START_NOT_STICKY;
  }

  @Override
  public void onDestroy() {
    running = false;
    if (wakeLock != null && wakeLock.isHeld()) wakeLock.release();
    stopForeground(true);
    super.onDestroy();
  }

  @Override
  public IBinder onBind(Intent intent) {
    return null;
  }

  private static Notification build(Context context) {
    Intent open = new Intent(context, WebAppActivity.class);
    open.setFlags(Intent.FLAG_ACTIVITY_NEW_TASK | Intent.FLAG_ACTIVITY_SINGLE_TOP);
    PendingIntent openIntent = PendingIntent.getActivity(context, 0, open, PendingIntent.FLAG_IMMUTABLE);
    Intent stop = new Intent(context, KeepAliveService.class).setAction(ACTION_STOP);
    PendingIntent stopIntent = PendingIntent.getService(context, 1, stop, PendingIntent.FLAG_IMMUTABLE);

    Notification.Builder builder =
        new Notification.Builder(context)
            .setSmallIcon(R.drawable.ic_stat_peertext)
            .setContentTitle(context.getString(R.string.app_name))
            .setContentText(ConnectionText.describe(BridgeHub.get(context).computers()))
            .setContentIntent(openIntent)
            .setOngoing(true)
            .setShowWhen(false)
            .setCategory(Notification.CATEGORY_SERVICE)
            .addAction(R.drawable.ic_stat_peertext, context.getString(R.string.stop), stopIntent);
    Compat.useChannel(builder, CHANNEL);
    Compat.showImmediately(builder);
    return builder.build();
  }
}
