package app.peertext.bridge;

/**
 * What `capabilities` says about the SMS permissions (send, read, receive) as a whole, and the
 * heuristic that tells Android's restricted settings apart from a person's "Don't allow".
 *
 * Android 13+ holds some permissions back from an app installed from a file (sideloaded) until the
 * person allows restricted settings (App info, menu, "Allow restricted settings"); Android 15 does
 * it for the SMS permissions. The permission request is then refused at once, with no dialog, and
 * Android says nothing about why. The signs, all needed:
 * - API 33 or later, and not installed from a store (PackageInstaller's package source is a local or
 *   downloaded file, or unknown): store installs and adb are not restricted;
 * - refused, and shouldShowRequestPermissionRationale false: a person's first "Don't allow" leaves
 *   it true;
 * - the answer came back faster than anyone could read a dialog and tap;
 * - and it was the first request ever, or the refusal was already put down to restricted settings:
 *   a later instant refusal without rationale is also what "Don't allow" twice ("don't ask again")
 *   looks like.
 */
public final class SmsPermissionState {
  public static final String GRANTED = "granted";
  public static final String MISSING = "missing";
  public static final String RESTRICTED = "restricted";

  /** PackageInstaller.PACKAGE_SOURCE_LOCAL_FILE and PACKAGE_SOURCE_DOWNLOADED_FILE, API 33. */
  public static final int SOURCE_LOCAL_FILE = 3;
  public static final int SOURCE_DOWNLOADED_FILE = 4;
  /** The package source could not be read (before API 33, or the call failed). */
  public static final int SOURCE_UNKNOWN = -1;
  /** Faster than this, no dialog was on the screen. */
  public static final long NO_DIALOG_MS = 700;

  private SmsPermissionState() {}

  /** The answer of one SMS permission request and what was known before it. */
  public static final class Refusal {
    public int sdk;
    public int packageSource = SOURCE_UNKNOWN;
    public boolean granted;
    public boolean rationale;
    public long elapsedMs;
    public boolean askedBefore;
    public boolean restrictedBefore;
  }

  /** True when the refusal looks like restricted settings, not like the person's choice. */
  public static boolean isRestricted(Refusal r) {
    if (r.granted || r.sdk < 33) return false;
    boolean fromFile =
        r.packageSource == SOURCE_LOCAL_FILE || r.packageSource == SOURCE_DOWNLOADED_FILE
            || r.packageSource == SOURCE_UNKNOWN;
    if (!fromFile || r.rationale || r.elapsedMs >= NO_DIALOG_MS) return false;
    return !r.askedBefore || r.restrictedBefore;
  }

  /** `smsPermissions` of the capabilities result. */
  public static String report(boolean allGranted, boolean restricted) {
    if (allGranted) return GRANTED;
    return restricted ? RESTRICTED : MISSING;
  }
}
