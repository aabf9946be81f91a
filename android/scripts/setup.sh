#!/usr/bin/env bash
# Installs what android/ builds with, idempotently. No Gradle, no Google Maven: Debian's Android
# tools (bookworm) plus two bullseye packages that bookworm lacks, android.jar (API 23) and the dx
# dexer. Those two are downloaded with a private apt configuration, checked against pinned hashes
# and unpacked into android/tools/; nothing of bullseye is installed system-wide.
set -euo pipefail

ANDROID_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ANDROID_DIR/tools"
CACHE="$TOOLS/cache"

# Bookworm packages (dexlist is its own package there, next to dexdump).
SYSTEM_PACKAGES=(aapt zipalign apksigner dexdump dexlist android-framework-res junit4 junit5 libandroid-json-java zip unzip)

# Pinned bullseye packages: name, version, sha256 of the .deb.
PINNED=(
  "libandroid-23-java 6.0.1+r72-6 8af1b6df556971dda0a6da3536ea526a838e0c363afcdd454213d8bce94793e3"
  "dalvik-exchange 10.0.0+r36-1 8fc128db7c27253d963eb9b33de79b197162a4749d2ba69019b2fd0664cbd7fe"
)
# dalvik-exchange also depends on proguard-cli, used only by its mainDexClasses script for multidex;
# `dx --dex` of one small app never runs it, so it is not fetched.

log() { printf '[android:setup] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    log "need root for: $*"; exit 1
  fi
}

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    log "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=1
  fi
  log "apt-get install $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

missing=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
command -v javac >/dev/null 2>&1 || missing+=(openjdk-17-jdk-headless)
if [ ${#missing[@]} -gt 0 ]; then
  apt_install "${missing[@]}"
else
  log "system packages present: ${SYSTEM_PACKAGES[*]} + javac"
fi

# The bullseye mirror: the same host the machine's own Debian sources use.
mirror="$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null \
  | grep -v '^[[:space:]]*#' | grep -oE 'https?://[^ ]*/debian/?( |$)' | head -n1 | tr -d ' ' || true)"
mirror="${mirror%/}"
[ -n "$mirror" ] || mirror="http://deb.debian.org/debian"

have_all=1
for entry in "${PINNED[@]}"; do
  read -r name version _ <<<"$entry"
  [ -f "$TOOLS/.unpacked-$name-$version" ] || have_all=""
done
if [ -n "$have_all" ]; then
  log "pinned bullseye tools already unpacked in $TOOLS"
else
  mkdir -p "$CACHE/lists/partial" "$CACHE/archives/partial" "$CACHE/debs"
  keyring=/usr/share/keyrings/debian-archive-keyring.gpg
  signed=""
  [ -f "$keyring" ] && signed="[signed-by=$keyring] "
  echo "deb ${signed}$mirror bullseye main" >"$CACHE/sources.list"
  APT_OPTS=(
    -o "Dir::Etc::SourceList=$CACHE/sources.list"
    -o "Dir::Etc::SourceParts=/dev/null"
    -o "Dir::State::Lists=$CACHE/lists"
    -o "Dir::Cache=$CACHE"
    -o "APT::Sandbox::User=root"
  )
  fetched=""
  for entry in "${PINNED[@]}"; do
    read -r name version sha <<<"$entry"
    deb="$CACHE/debs/${name}_${version}_all.deb"
    if [ -f "$deb" ] && echo "$sha  $deb" | sha256sum -c --quiet - 2>/dev/null; then
      log "cached $name $version"
    else
      if [ -z "$fetched" ]; then
        log "apt-get update (private, bullseye from $mirror)"
        apt-get "${APT_OPTS[@]}" update -qq
        fetched=1
      fi
      log "apt-get download $name=$version"
      (cd "$CACHE/debs" && apt-get "${APT_OPTS[@]}" download -qq "$name=$version")
      mv "$CACHE/debs/${name}_${version//:/%3a}_all.deb" "$deb" 2>/dev/null || true
      if ! echo "$sha  $deb" | sha256sum -c --quiet -; then
        log "sha256 mismatch for $deb: refusing to use it"
        rm -f "$deb"
        exit 1
      fi
    fi
    dpkg-deb -x "$deb" "$TOOLS"
    touch "$TOOLS/.unpacked-$name-$version"
    log "unpacked $name $version (sha256 $sha) into $TOOLS"
  done
fi

for file in "$TOOLS/usr/share/java/com.android.android-23.jar" "$TOOLS/usr/share/java/com.android.dx-10.0.0.jar"; do
  [ -f "$file" ] || { log "missing after setup: $file"; exit 1; }
done
log "ready: aapt2 $(aapt2 version 2>&1 | sed 's/.*aapt) //'), javac $(javac -version 2>&1 | cut -d' ' -f2), android.jar API 23, dx 10.0.0"
