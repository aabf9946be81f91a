/**
 * Cold connect: the phone dials the computer on a fresh RTCPeerConnection, from `peer.connect()` to an
 * authenticated SecureSession on the phone (both keys proven over this connection's DTLS fingerprints),
 * beside a raw `peer.connect()` to `open` between the same two browsers in the same run. Twice: on a
 * direct path, and relayed through a local coturn (relay-only ICE), each against its own baseline.
 * Run: npm run bench:connect
 */

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium-path';
import { startSignaling } from '../signaling/start-signaling';
import { assertSamples, iterations, smoke } from './bench-mode';
import type { BenchGlobals } from './connect-page';
import { allowEvaluatedNames } from './local-stack';
import { startLocalTurn } from './local-turn';
import { percentile, summary } from './stats';

const ROUNDS = iterations('ROUNDS', 40, 3);
const WARMUP = smoke ? 1 : 3;
const root = fileURLToPath(new URL('..', import.meta.url));

const bundle = await build({
  entryPoints: [`${root}bench/connect-page.ts`],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  write: false,
  alias: { '@core': `${root}core`, '@web': `${root}web` },
});
const script = bundle.outputFiles[0]!.text;
const pages = createServer((req, res) => {
  if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>connect bench</title>');
});
await new Promise<void>((resolve) => pages.listen(0, '127.0.0.1', resolve));
const origin = `http://localhost:${(pages.address() as AddressInfo).port}`;
const signaling = await startSignaling({ port: 0 });
const direct = {
  host: '127.0.0.1',
  port: signaling.port,
  secure: false,
  config: { iceServers: [] as RTCIceServer[] },
};
type PeerOptions = typeof direct & { config: RTCConfiguration };
const browser = await chromium.launch({
  headless: true,
  ...(chromiumPath ? { executablePath: chromiumPath } : {}),
  args: chromiumArgs,
});

/** A page with the bundle, a registered Peer and a long-term device key, as both apps have at connect time. */
async function openSide(
  role: 'computer' | 'phone',
  peerOptions: PeerOptions,
): Promise<{ page: Page; id: string }> {
  const page = await (await browser.newContext()).newPage();
  // A refused handshake says why, from either side, in the run's output.
  page.on('console', (message) => {
    if (message.type() === 'warning') console.warn(`[${role}] ${message.text()}`);
  });
  await page.goto(origin);
  await page.addScriptTag({ url: '/bench.js' });
  await allowEvaluatedNames(page);
  const id = await page.evaluate(
    async ({ role, peerOptions }) => {
      const g = globalThis as BenchGlobals;
      const { Peer, SecureSession, createDeviceKey, dataConnectionChannel, onFirstOpen } = g.PeerText;
      const key = await createDeviceKey();
      const peer = new Peer(peerOptions);
      const link = (conn: Parameters<BenchGlobals['side']['link']>[0]) =>
        new SecureSession(dataConnectionChannel(conn), {
          role,
          device: `bench ${role}`,
          key,
          authorize: async () => ({ ok: true }),
        });
      g.side = { peer, link };
      // The computer answers as the extension does: a SecureSession on `open` for our kind of connection.
      peer.on('connection', (conn) => {
        onFirstOpen(conn, () => {
          if ((conn.metadata as { mode?: string } | undefined)?.mode !== 'ours') return;
          const frames = link(conn);
          frames.on('refused', (code, message) => console.warn(`computer refused: ${code}: ${message}`));
          frames.on('problem', (code, message) => console.warn(`computer problem: ${code}: ${message}`));
        });
      });
      return new Promise<string>((resolve) => peer.on('open', resolve));
    },
    { role, peerOptions },
  );
  return { page, id };
}

/**
 * One fresh connection from the phone: ms from `connect()` to `open` (raw) or to `ready` (ours), or
 * undefined when the handshake was refused: counted and reported, not hidden in the timings.
 */
function dial(phone: Page, target: string, mode: 'raw' | 'ours'): Promise<number | undefined> {
  return phone.evaluate(
    ({ target, mode }) =>
      new Promise<number | undefined>((resolve, reject) => {
        const g = globalThis as BenchGlobals;
        const { peer, link } = g.side;
        const t0 = performance.now();
        const conn = peer.connect(target, { reliable: true, serialization: 'json', metadata: { mode } });
        let finished = false;
        const done = (ms: number | undefined) => {
          finished = true;
          // Let the close reach the other side before the next round dials.
          if (conn.open) conn.close();
          setTimeout(() => resolve(ms), 100);
        };
        conn.on('error', (error) => finished || reject(error));
        g.PeerText.onFirstOpen(conn, () => {
          if (mode === 'raw') return done(performance.now() - t0);
          const frames = link(conn);
          frames.on('ready', () => {
            const ms = performance.now() - t0;
            frames.close();
            done(ms);
          });
          frames.on('refused', (code, message) => {
            console.warn(`refused: ${code}: ${message}`);
            done(undefined);
          });
        });
      }),
    { target, mode },
  );
}

/** Rounds of raw and authenticated connects between two fresh sides with these peer options. */
async function runCase(label: string, peerOptions: PeerOptions, goal: number): Promise<void> {
  const computer = await openSide('computer', peerOptions);
  const phone = await openSide('phone', peerOptions);
  const raw: number[] = [];
  const ours: number[] = [];
  let refused = 0;
  // Alternating, so drift in the machine's load hits both the same.
  for (let i = 0; i < ROUNDS + WARMUP; i++) {
    const r = await dial(phone.page, computer.id, 'raw');
    const o = await dial(phone.page, computer.id, 'ours');
    if (o === undefined) refused += 1;
    if (i >= WARMUP && r !== undefined && o !== undefined) {
      raw.push(r);
      ours.push(o);
    }
  }
  await computer.page.context().close();
  await phone.page.context().close();
  // A refused handshake is a failure of the link under test, not a slow sample.
  if (refused > 0) throw new Error(`${label}: ${refused} of ${ROUNDS + WARMUP} handshakes were refused`);
  assertSamples(`${label} raw connect`, raw, ROUNDS);
  assertSamples(`${label} authenticated connect`, ours, ROUNDS);
  console.log(`\n${label}`);
  console.log(summary('raw peer.connect() → open', raw), ` p90 ${percentile(raw, 90).toFixed(2)} ms`);
  console.log(
    summary('ours peer.connect() → authenticated', ours),
    ` p90 ${percentile(ours, 90).toFixed(2)} ms`,
  );
  const ratio = percentile(ours, 50) / percentile(raw, 50);
  console.log(`ratio p50 ours/raw: ${ratio.toFixed(2)} (goal ≤ ${goal})`);
  console.log(`handshakes refused: ${refused} of ${ROUNDS + WARMUP}`);
}

const turn = await startLocalTurn();
try {
  await runCase('direct (host candidates)', direct, 2);
  // Both ends relay-only through the same coturn: the path a phone behind a strict NAT takes.
  await runCase(
    'relayed (TURN over UDP, relay-only ICE)',
    { ...direct, config: { iceServers: turn.iceServers, iceTransportPolicy: 'relay' } },
    1.3,
  );
} finally {
  await turn.stop();
  await browser.close();
  await signaling.close();
  pages.close();
}
