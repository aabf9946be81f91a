package app.peertext.android;

import android.app.Notification;
import android.app.NotificationManager;
import android.app.Service;
import android.content.Context;
import android.content.pm.PackageManager;
import android.os.Build;
import android.util.Log;
import android.webkit.WebSettings;
import android.webkit.WebView;
import app.peertext.bridge.SimChoice;
import app.peertext.bridge.SmsPermissionState;
import java.lang.reflect.Method;

/**
 * Everything newer than API 23. The build compiles against the API 23 jar, so newer classes and
 * methods are reached by reflection behind SDK_INT checks, and newer constants are literals.
 */
final class Compat {
  private static final String TAG = "PeerText";
  /** PendingIntent.FLAG_MUTABLE, API 31. */
  private static final int FLAG_MUTABLE = 0x02000000;
  /** NotificationManager.IMPORTANCE_LOW, API 24. */
  private static final int IMPORTANCE_LOW = 2;
  /** WebView.RENDERER_PRIORITY_IMPORTANT, API 26. */
  private static final int RENDERER_PRIORITY_IMPORTANT = 2;
  /** Notification.FOREGROUND_SERVICE_IMMEDIATE, API 31. */
  private static final int FOREGROUND_SERVICE_IMMEDIATE = 1;
  /** ServiceInfo.FOREGROUND_SERVICE_TYPE_CONNECTED_DEVICE, API 29. */
  static final int FOREGROUND_SERVICE_TYPE_CONNECTED_DEVICE = 0x10;
  /** ServiceInfo.FOREGROUND_SERVICE_TYPE_REMOTE_MESSAGING, API 34: "transfer text messages from one device to another". */
  static final int FOREGROUND_SERVICE_TYPE_REMOTE_MESSAGING = 0x200;

  private Compat() {}

  /**
   * Flags for the sent/delivered PendingIntents. They must stay mutable: the system adds the delivery
   * report's "pdu" and "format" (and the sent "errorCode") as fill-in extras, which an immutable
   * intent drops. They name our own receiver explicitly, which is what Android 14 requires of mutable ones.
   */
  static int statusIntentFlags() {
    return Build.VERSION.SDK_INT >= 31 ? FLAG_MUTABLE : 0;
  }

  /** The default SMS subscription, or INVALID when the phone has none ("ask every time"). */
  static int defaultSmsSubscription() {
    try {
      if (Build.VERSION.SDK_INT >= 24) {
        Method method = Class.forName("android.telephony.SmsManager").getMethod("getDefaultSmsSubscriptionId");
        return ((Integer) method.invoke(null)).intValue();
      }
      // API 23 has it only as a hidden method; hidden-API checks start at API 28.
      Method method = Class.forName("android.telephony.SubscriptionManager").getMethod("getDefaultSmsSubId");
      return ((Integer) method.invoke(null)).intValue();
    } catch (Exception e) {
      Log.w(TAG, "no default SMS subscription id", e);
      return SimChoice.INVALID;
    }
  }

  static void createChannel(NotificationManager manager, String id, CharSequence name) {
    if (Build.VERSION.SDK_INT < 26) return;
    try {
      Class<?> channelClass = Class.forName("android.app.NotificationChannel");
      Object channel =
          channelClass.getConstructor(String.class, CharSequence.class, int.class).newInstance(id, name, IMPORTANCE_LOW);
      NotificationManager.class.getMethod("createNotificationChannel", channelClass).invoke(manager, channel);
    } catch (Exception e) {
      Log.w(TAG, "notification channel", e);
    }
  }

  static void useChannel(Notification.Builder builder, String id) {
    if (Build.VERSION.SDK_INT < 26) return;
    call(Notification.Builder.class, builder, "setChannelId", new Class<?>[] {String.class}, new Object[] {id});
  }

  /** Android 12+ may hold back a foreground service's notification for 10 s; this one should show at once. */
  static void showImmediately(Notification.Builder builder) {
    if (Build.VERSION.SDK_INT < 31) return;
    call(Notification.Builder.class, builder, "setForegroundServiceBehavior", new Class<?>[] {int.class},
        new Object[] {FOREGROUND_SERVICE_IMMEDIATE});
  }

  /**
   * A foreground service of the type that fits on this Android: remoteMessaging from API 34, where
   * it exists, connectedDevice on 29..33. Both are in the manifest's foregroundServiceType. Before
   * API 29 there are no types.
   */
  static void startForeground(Service service, int id, Notification notification) {
    if (Build.VERSION.SDK_INT < 29) {
      service.startForeground(id, notification);
      return;
    }
    int type =
        Build.VERSION.SDK_INT >= 34 ? FOREGROUND_SERVICE_TYPE_REMOTE_MESSAGING : FOREGROUND_SERVICE_TYPE_CONNECTED_DEVICE;
    try {
      Service.class.getMethod("startForeground", int.class, Notification.class, int.class)
          .invoke(service, id, notification, type);
    } catch (Exception e) {
      // Not worth losing the service over: the untyped call takes every type the manifest lists.
      Log.w(TAG, "typed startForeground", e);
      service.startForeground(id, notification);
    }
  }

  /**
   * PackageInstaller's package source of this app (InstallSourceInfo.getPackageSource, API 33), or
   * SmsPermissionState.SOURCE_UNKNOWN.
   */
  static int packageSource(Context context) {
    if (Build.VERSION.SDK_INT < 33) return SmsPermissionState.SOURCE_UNKNOWN;
    try {
      PackageManager manager = context.getPackageManager();
      Object info =
          PackageManager.class.getMethod("getInstallSourceInfo", String.class).invoke(manager, context.getPackageName());
      return ((Integer) Class.forName("android.content.pm.InstallSourceInfo").getMethod("getPackageSource").invoke(info))
          .intValue();
    } catch (Exception e) {
      Log.w(TAG, "package source", e);
      return SmsPermissionState.SOURCE_UNKNOWN;
    }
  }

  /** The page must keep running with the screen off: keep its renderer process important when hidden. */
  static void keepRendererImportant(WebView view) {
    if (Build.VERSION.SDK_INT < 26) return;
    call(WebView.class, view, "setRendererPriorityPolicy", new Class<?>[] {int.class, boolean.class},
        new Object[] {RENDERER_PRIORITY_IMPORTANT, Boolean.FALSE});
  }

  /** Service workers are on by default; make sure their fetches behave like the page's (API 24+). */
  static void configureServiceWorkers() {
    if (Build.VERSION.SDK_INT < 24) return;
    try {
      Class<?> controllerClass = Class.forName("android.webkit.ServiceWorkerController");
      Object controller = controllerClass.getMethod("getInstance").invoke(null);
      Object settings = controllerClass.getMethod("getServiceWorkerWebSettings").invoke(controller);
      // Methods of the public abstract class: the provider's implementation class is not accessible.
      Class<?> settingsClass = Class.forName("android.webkit.ServiceWorkerWebSettings");
      settingsClass.getMethod("setBlockNetworkLoads", boolean.class).invoke(settings, Boolean.FALSE);
      settingsClass.getMethod("setAllowContentAccess", boolean.class).invoke(settings, Boolean.FALSE);
      settingsClass.getMethod("setAllowFileAccess", boolean.class).invoke(settings, Boolean.FALSE);
      settingsClass.getMethod("setCacheMode", int.class).invoke(settings, WebSettings.LOAD_DEFAULT);
    } catch (Exception e) {
      Log.w(TAG, "service worker settings", e);
    }
  }

  /** Looks the method up on the public class that declares it, not on the object's own class. */
  private static void call(Class<?> owner, Object target, String name, Class<?>[] types, Object[] args) {
    try {
      owner.getMethod(name, types).invoke(target, args);
    } catch (Exception e) {
      Log.w(TAG, name, e);
    }
  }
}
