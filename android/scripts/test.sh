#!/usr/bin/env bash
# JVM tests of the pure bridge logic (src/app/peertext/bridge, no android.*) with JUnit 4 and
# Android's org.json from Debian. They read the contract's fixtures from ../core/bridge/fixtures.
# Ends with the plain "N passed, N failed" line; exits non-zero on any failure.
set -euo pipefail

ANDROID_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ANDROID_DIR/build/test-classes"
JSON_JAR=/usr/share/java/com.android.json.jar
JUNIT_JAR=/usr/share/java/junit4.jar
HAMCREST_JAR=/usr/share/java/hamcrest-core.jar

if ! command -v javac >/dev/null 2>&1 || [ ! -f "$JSON_JAR" ] || [ ! -f "$JUNIT_JAR" ] || [ ! -f "$HAMCREST_JAR" ]; then
  echo "[android:test] JDK, JUnit or org.json missing: running setup.sh"
  bash "$ANDROID_DIR/scripts/setup.sh"
fi

CLASSPATH="$JSON_JAR:$JUNIT_JAR:$HAMCREST_JAR"
rm -rf "$OUT"
mkdir -p "$OUT"
find "$ANDROID_DIR/src/app/peertext/bridge" "$ANDROID_DIR/test" -name '*.java' >"$OUT/sources.txt"
javac -nowarn -XDsuppressNotes -encoding UTF-8 -cp "$CLASSPATH" -d "$OUT" @"$OUT/sources.txt"

classes=()
while IFS= read -r file; do
  rel="${file#"$ANDROID_DIR/test/"}"
  classes+=("$(echo "${rel%.java}" | tr / .)")
done < <(find "$ANDROID_DIR/test" -name '*Test.java' | sort)

cd "$ANDROID_DIR"
exec java -Dpeertext.fixtures="$ANDROID_DIR/../core/bridge/fixtures" -cp "$OUT:$CLASSPATH" \
  app.peertext.bridge.TestMain "${classes[@]}"
