package app.peertext.bridge;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class SmsPermissionStateTest {
  /** Android 15, installed from a downloaded APK, first request, refused at once without rationale. */
  private static SmsPermissionState.Refusal sideloadedFirstAsk() {
    SmsPermissionState.Refusal r = new SmsPermissionState.Refusal();
    r.sdk = 35;
    r.packageSource = SmsPermissionState.SOURCE_DOWNLOADED_FILE;
    r.elapsedMs = 40;
    return r;
  }

  @Test
  public void anInstantRefusalOfASideloadedAppIsRestrictedSettings() {
    assertTrue(SmsPermissionState.isRestricted(sideloadedFirstAsk()));
    SmsPermissionState.Refusal local = sideloadedFirstAsk();
    local.packageSource = SmsPermissionState.SOURCE_LOCAL_FILE;
    assertTrue(SmsPermissionState.isRestricted(local));
    SmsPermissionState.Refusal unknown = sideloadedFirstAsk();
    unknown.packageSource = SmsPermissionState.SOURCE_UNKNOWN;
    assertTrue(SmsPermissionState.isRestricted(unknown));
  }

  @Test
  public void itStaysRestrictedOnLaterStartsUntilADialogAppears() {
    SmsPermissionState.Refusal again = sideloadedFirstAsk();
    again.askedBefore = true;
    again.restrictedBefore = true;
    assertTrue(SmsPermissionState.isRestricted(again));
  }

  @Test
  public void thePersonsOwnRefusalIsNot() {
    SmsPermissionState.Refusal rationale = sideloadedFirstAsk();
    rationale.rationale = true; // one "Don't allow"
    assertFalse(SmsPermissionState.isRestricted(rationale));
    SmsPermissionState.Refusal slow = sideloadedFirstAsk();
    slow.elapsedMs = 3000; // a dialog was on screen, dismissed
    assertFalse(SmsPermissionState.isRestricted(slow));
    SmsPermissionState.Refusal dontAskAgain = sideloadedFirstAsk();
    dontAskAgain.askedBefore = true; // instant and no rationale, but refused by the person before
    assertFalse(SmsPermissionState.isRestricted(dontAskAgain));
  }

  @Test
  public void storeInstallsOlderAndroidAndGrantsAreNot() {
    SmsPermissionState.Refusal store = sideloadedFirstAsk();
    store.packageSource = 2; // PACKAGE_SOURCE_STORE
    assertFalse(SmsPermissionState.isRestricted(store));
    SmsPermissionState.Refusal adb = sideloadedFirstAsk();
    adb.packageSource = 0; // PACKAGE_SOURCE_UNSPECIFIED: adb install
    assertFalse(SmsPermissionState.isRestricted(adb));
    SmsPermissionState.Refusal old = sideloadedFirstAsk();
    old.sdk = 32;
    assertFalse(SmsPermissionState.isRestricted(old));
    SmsPermissionState.Refusal granted = sideloadedFirstAsk();
    granted.granted = true;
    assertFalse(SmsPermissionState.isRestricted(granted));
  }

  @Test
  public void theReport() {
    assertEquals("granted", SmsPermissionState.report(true, true));
    assertEquals("granted", SmsPermissionState.report(true, false));
    assertEquals("restricted", SmsPermissionState.report(false, true));
    assertEquals("missing", SmsPermissionState.report(false, false));
  }
}
