#!/usr/bin/env bash
# Checks the built APK: signature, alignment, what the manifest declares, that the phone app is
# packed inside, that the bridge's code made it into the dex and that the built classes offer the
# bridge to http://peertext.localhost only. Every failed check is reported; any failure exits non-zero.
set -uo pipefail

ANDROID_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
APK="${1:-$ANDROID_DIR/build/peertext.apk}"
failures=0

ok() { printf '[android:verify] ok: %s\n' "$*"; }
bad() { printf '[android:verify] FAILED: %s\n' "$*" >&2; failures=$((failures + 1)); }

[ -f "$APK" ] || { bad "no APK at $APK (run npm run android first)"; exit 1; }
for tool in apksigner zipalign aapt aapt2 dexlist dexdump unzip java; do
  command -v "$tool" >/dev/null 2>&1 || { bad "$tool is not installed (run npm run android:setup)"; exit 1; }
done

if out="$(apksigner verify --verbose "$APK" 2>&1)"; then
  ok "signature ($(echo "$out" | grep -c 'using v[0-9].*: true') signing schemes verified)"
else
  bad "apksigner verify: $out"
fi

if zipalign -c -p 4 "$APK" >/dev/null 2>&1; then ok "zipalign -p 4"; else bad "not aligned to 4 bytes with pages (zipalign -c -p 4)"; fi

badging="$(aapt dump badging "$APK" 2>&1)"
expect_badging() { # description, fixed string
  if grep -qF -- "$2" <<<"$badging"; then ok "$1"; else bad "$1: aapt dump badging has no $2"; fi
}
expect_badging "package name app.peertext" "package: name='app.peertext'"
expect_badging "minSdk 23" "sdkVersion:'23'"
expect_badging "targetSdk 34" "targetSdkVersion:'34'"
expect_badging "launchable activity" "launchable-activity: name='app.peertext.android.WebAppActivity'"
for permission in INTERNET ACCESS_NETWORK_STATE SEND_SMS READ_SMS RECEIVE_SMS READ_PHONE_STATE READ_CONTACTS \
  CAMERA POST_NOTIFICATIONS WAKE_LOCK FOREGROUND_SERVICE FOREGROUND_SERVICE_CONNECTED_DEVICE \
  FOREGROUND_SERVICE_REMOTE_MESSAGING CHANGE_NETWORK_STATE; do
  expect_badging "permission $permission" "uses-permission: name='android.permission.$permission'"
done

manifest="$(aapt2 dump xmltree "$APK" --file AndroidManifest.xml 2>&1)"
# The element of a component: its lines up to the next element.
component() { awk -v name="$1" '/E: /{inside=0} index($0, "\"" name "\""){inside=1} inside' <<<"$manifest"; }
if component app.peertext.android.SmsReceiver | grep -q 'permission(.*="android.permission.BROADCAST_SMS"'; then
  ok "SmsReceiver only takes broadcasts holding BROADCAST_SMS"
else
  bad "SmsReceiver is not protected by android.permission.BROADCAST_SMS"
fi
if component app.peertext.android.SmsStatusReceiver | grep -q 'exported(0x01010010)=false'; then
  ok "SmsStatusReceiver is not exported"
else
  bad "SmsStatusReceiver must not be exported"
fi
# 0x210 = connectedDevice (0x10, below API 34) | remoteMessaging (0x200, API 34+); see the manifest.
if component app.peertext.android.KeepAliveService | grep -q 'foregroundServiceType(0x01010599)=0x00000210'; then
  ok "KeepAliveService is a connectedDevice|remoteMessaging foreground service"
else
  bad "KeepAliveService's foregroundServiceType is not connectedDevice|remoteMessaging (0x210)"
fi

# Intent filters, one a line: "<component>| <element>.<attribute>=<value> ...".
filters="$(awk '
  function depth(line) { match(line, /^ */); return RLENGTH }
  function flush() { if (inside) print component "|" tokens; inside = 0; tokens = "" }
  $1 == "E:" {
    if (inside && depth($0) <= filterDepth) flush()
    element = $2
    owner = element ~ /^(activity|activity-alias|service|receiver|provider)$/
    if (owner) component = ""
    if (element == "intent-filter") { flush(); inside = 1; filterDepth = depth($0) }
    next
  }
  $1 == "A:" && match($0, /:[A-Za-z]+\(0x[0-9a-f]+\)=/) {
    name = substr($0, RSTART + 1, RLENGTH - 1); sub(/\(.*/, "", name)
    value = substr($0, RSTART + RLENGTH); sub(/ \(Raw: .*/, "", value); gsub(/"/, "", value)
    if (owner && name == "name") component = value
    else if (inside) tokens = tokens " " element "." name "=" value
  }
  END { flush() }' <<<"$manifest")"
# Pairing links of the development server (http://peertext.localhost/#pair=...) open the app.
link_filter="$(grep -F 'app.peertext.android.WebAppActivity|' <<<"$filters" | grep -F ' action.name=android.intent.action.VIEW')"
missing=""
for token in category.name=android.intent.category.DEFAULT category.name=android.intent.category.BROWSABLE \
  data.scheme=http data.host=peertext.localhost; do
  grep -qF " $token" <<<"$link_filter" || missing="$missing $token"
done
if [ -n "$link_filter" ] && [ -z "$missing" ]; then
  ok "WebAppActivity opens http://peertext.localhost links (VIEW, DEFAULT, BROWSABLE)"
else
  bad "WebAppActivity has no VIEW intent filter for http://peertext.localhost, lacking:${missing:- all of it}"
fi
# No other links: no https (servers would need App Links verification), no other host, no autoVerify.
claimed="$(grep -oE ' data\.(scheme|host)=[^ ]*|autoVerify=[^ ]*' <<<"$filters" | sort -u | tr -d ' ' | tr '\n' ' ')"
if [ "$claimed" = "data.host=peertext.localhost data.scheme=http " ] &&
  ! grep -F ' data.scheme=' <<<"$filters" | grep -qvF ' data.host='; then
  ok "the only links claimed are http://peertext.localhost, not verified"
else
  bad "intent filters claim more than http://peertext.localhost (https, another host, a filter without host or autoVerify): ${claimed:-none}"
fi

# The phone app inside the APK (assets/app/, served by AppAssets/AppAssetServer).
files="$(unzip -Z1 "$APK" 2>&1)"
for asset in assets/app/index.html assets/app/manifest.webmanifest; do
  if grep -qxF -- "$asset" <<<"$files"; then ok "APK has $asset"; else bad "APK lacks $asset (phone app not packed)"; fi
done
if grep -qE '^assets/app/assets/[^/]+\.js$' <<<"$files"; then
  ok "APK has the phone app's scripts ($(grep -cE '^assets/app/.*\.js$' <<<"$files") .js files)"
else
  bad "APK has no assets/app/assets/*.js"
fi

# Every packed file must be one the built AppAssets serves at its own URL, or the app would get a 404.
served="$(java -cp "$ANDROID_DIR/build/classes" "$ANDROID_DIR/scripts/ServableAssets.java" <<<"$files" 2>&1)"
if [[ "$served" =~ ^files=[1-9][0-9]*$ ]]; then
  ok "each of the ${served#files=} packed phone app files is served at its URL"
else
  bad "packed files the app would not serve: ${served//$'\n'/, }"
fi

# The built classes, run on the JVM: the page and the bridge's only origin.
CLASSES="$ANDROID_DIR/build/classes"
origin="$(java -cp "$CLASSES" "$ANDROID_DIR/scripts/AppOrigin.java" 2>&1)"
if [ "$origin" = $'ORIGIN=http://peertext.localhost\nURL=http://peertext.localhost/\nFROM_APK=true' ]; then
  ok "built PwaConfig: the app and the bridge on http://peertext.localhost only, served from the APK"
else
  bad "built PwaConfig is not the packed app on http://peertext.localhost: ${origin//$'\n'/, }"
fi

methods="$(dexlist "$APK" 2>&1)"
expect_method() { # class, method
  if grep -qE -- "^0x[0-9a-f]+ [0-9]+ $1 $2 " <<<"$methods"; then ok "dex has $1.$2"; else bad "dex lacks $1.$2"; fi
}
for handler in capabilities listSims send readInbox listInboxIds lookupContacts reportConnections; do
  expect_method app.peertext.android.NativeHandlers "$handler"
done
expect_method app.peertext.android.PageClient onPageFinished
expect_method app.peertext.android.PageClient shouldInterceptRequest
expect_method app.peertext.bridge.AppAssets lookup
expect_method app.peertext.android.SmsReceiver onReceive
expect_method app.peertext.android.SmsStatusReceiver onReceive
expect_method app.peertext.android.KeepAliveService onStartCommand
expect_method app.peertext.bridge.RequestParser parse
expect_method app.peertext.bridge.SendCoordinator send
expect_method app.peertext.bridge.Origins isAllowedOrigin
expect_method app.peertext.android.WebAppActivity onNewIntent
expect_method app.peertext.bridge.PairingLinks fragment

code="$(dexdump -d "$APK" 2>/dev/null)"
if grep -qE 'const-string v[0-9]+, "peertext-bridge:v1"' <<<"$code"; then
  ok "dex posts the handshake string peertext-bridge:v1"
else
  bad "dex has no const-string peertext-bridge:v1"
fi

if [ "$failures" -gt 0 ]; then
  printf '[android:verify] %d check(s) failed for %s\n' "$failures" "$APK" >&2
  exit 1
fi
printf '[android:verify] all checks passed for %s\n' "$APK"
