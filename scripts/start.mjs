#!/usr/bin/env node
// `npm start`: build the extension and the PWA for this machine's address, serve both servers,
// and tell the person what to do next. Ctrl+C stops everything.
import { spawn, spawnSync } from 'node:child_process';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';

const SIGNALING_PORT = Number(process.env.SIGNALING_PORT ?? 8787);
const PWA_PORT = Number(process.env.PWA_PORT ?? 8788);

/** A phone on the same Wi-Fi reaches this machine by its LAN address, not by localhost. */
function lanAddress() {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return 'localhost';
}

const host = process.env.PEERTEXT_HOST ?? lanAddress();
const signalingUrl = `http://${host}:${SIGNALING_PORT}`;
const pwaUrl = `http://${host}:${PWA_PORT}/`;
const env = { ...process.env, WXT_SIGNALING_URL: signalingUrl, WXT_PWA_URL: pwaUrl };

function run(command, args) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['wxt', 'build']);
run('npx', ['wxt', 'build', '-b', 'firefox']);
run('npx', ['vite', 'build', '--config', 'pwa/vite.config.ts']);

const children = [
  spawn('npx', ['tsx', 'signaling/main.ts'], {
    stdio: 'inherit',
    env: { ...env, PORT: String(SIGNALING_PORT), HOST: '0.0.0.0' },
  }),
  spawn(
    'npx',
    [
      'vite',
      'preview',
      '--config',
      'pwa/vite.config.ts',
      '--port',
      String(PWA_PORT),
      '--strictPort',
      '--host',
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env,
    },
  ),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && stop());

console.log(`
PeerText is running.
  Signaling server  ${signalingUrl}
  Phone PWA         ${pwaUrl}

Next steps:
  1. Chrome: open chrome://extensions, turn on Developer mode, "Load unpacked" and pick
     ${resolve('.output/chrome-mv3')}
     (Firefox: about:debugging → This Firefox → Load Temporary Add-on → ${resolve('.output/firefox-mv2/manifest.json')})
  2. Click the PeerText toolbar icon: it shows a QR code and a pairing link.
  3. On your phone (same network), scan the QR code or open the link, then tap "Pair".
     To send SMS without tapping, install the Android wrapper: npm run android, then
     adb install -r android/build/peertext.apk (see android/README.md).
  4. Type a number and a message in the popup and press Send (or Ctrl+Enter).
     Selected text on any page: right-click → "Send as SMS…".

Set PEERTEXT_HOST=<address> to choose the address the phone uses. Ctrl+C stops.
`);
