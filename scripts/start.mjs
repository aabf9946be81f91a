#!/usr/bin/env node
// `npm start`: build the extension and the phone app for this machine's address, run the signaling
// server, and tell the person what to do next. Ctrl+C stops everything.
import { spawn, spawnSync } from 'node:child_process';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';

const SIGNALING_PORT = Number(process.env.SIGNALING_PORT ?? 8787);
/** The Android app serves the phone app itself from this origin (android/README.md). */
const APP_ORIGIN_IN_ANDROID = 'http://peertext.localhost/';

/** A phone on the same Wi-Fi reaches this machine by its LAN address, not by localhost. */
function lanAddress() {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return 'localhost';
}

const host = process.env.PEERTEXT_HOST ?? lanAddress();
const overUsb = host === 'localhost' || host === '127.0.0.1';
const signalingUrl = `http://${host}:${SIGNALING_PORT}`;
// Over plain http on a LAN the phone app is no secure context, so phones use the Android app,
// which carries the phone app; the QR code's link opens it there.
const env = { ...process.env, WXT_SIGNALING_URL: signalingUrl, WXT_PWA_URL: APP_ORIGIN_IN_ANDROID };

function run(command, args) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['wxt', 'build']);
run('npx', ['wxt', 'build', '-b', 'firefox']);

const server = spawn('npx', ['tsx', 'signaling/main.ts'], {
  stdio: 'inherit',
  env: { ...env, PORT: String(SIGNALING_PORT), HOST: overUsb ? '127.0.0.1' : '0.0.0.0' },
});
const stop = () => {
  server.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => code && stop());

const androidBuild = overUsb
  ? `PEERTEXT_SIGNALING_URL=${signalingUrl} npm run android`
  : `PEERTEXT_SIGNALING_URL=${signalingUrl} PEERTEXT_CLEARTEXT_HOSTS=${host} npm run android`;

console.log(`
PeerText is running: signaling server ${signalingUrl}${overUsb ? ' (for a phone on USB)' : ' (for a phone on this network)'}

Next steps:
  1. Chrome: open chrome://extensions, turn on Developer mode, "Load unpacked" and pick
     ${resolve('.output/chrome-mv3')}
     (Firefox: about:debugging → This Firefox → Load Temporary Add-on → ${resolve('.output/firefox-mv2/manifest.json')})
  2. The phone needs the PeerText Android app: it carries the phone app and sends the texts itself.
     Build it for this server and install it (USB debugging on, or copy the APK to the phone):
       ${androidBuild}
       adb install -r android/build/peertext.apk${
         overUsb
           ? `
     Then forward the server over USB, and again after each reconnect of the cable:
       adb reverse tcp:${SIGNALING_PORT} tcp:${SIGNALING_PORT}`
           : `
     The phone must be on the same network as this computer (${host}).`
       }
  3. Click the PeerText toolbar icon. On the phone, open PeerText and tap "Scan the QR code"
     (or scan it with the camera: the link opens PeerText), then tap "Pair". No camera? Choose
     "Use a code" in the popup and type it on the phone, then compare the six digits.
  4. Type a number and a message in the popup and press Send (or Ctrl+Enter).
     Selected text on any page: right-click → "Send as SMS…".

A phone ${overUsb ? 'on Wi-Fi instead: run npm start without PEERTEXT_HOST=localhost' : 'on USB instead: PEERTEXT_HOST=localhost npm start'}.
From anywhere, or without the Android app: the phone app needs HTTPS, so run the server on the
internet behind TLS (deploy/README.md) and pick it on the extension's options page.
Ctrl+C stops.
`);
