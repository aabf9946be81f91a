import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from '@playwright/test';
import type { DataConnection, default as Peer } from 'peerjs';
import { allowEvaluatedNames } from './local-stack';

type PeerWindow = { Peer: typeof Peer };

const peerjsBundle = fileURLToPath(new URL('../node_modules/peerjs/dist/peerjs.min.js', import.meta.url));

/**
 * The floor: round trips of a small JSON message over a raw PeerJS data channel between the same
 * two browsers (desktop ↔ phone), through the same signaling server, measured in the same run.
 */
export async function rawRoundTrips(
  desktop: BrowserContext,
  phoneBrowser: Browser,
  count: number,
): Promise<number[]> {
  const options = { host: 'localhost', port: 8787, secure: false, config: { iceServers: [] } };
  const echo = await (await phoneBrowser.newContext()).newPage();
  // A secure-context page that is not our app (its CSP forbids added scripts): the server's health answer.
  await echo.goto('http://localhost:8787/health');
  await echo.addScriptTag({ path: peerjsBundle });
  await allowEvaluatedNames(echo);
  const echoId = await echo.evaluate(
    (opts) =>
      new Promise<string>((resolve) => {
        const peer = new (window as unknown as PeerWindow).Peer(opts);
        peer.on('open', (id) => resolve(id));
        peer.on('connection', (conn: DataConnection) => conn.on('data', (d: unknown) => conn.send(d)));
      }),
    options,
  );
  const caller = await desktop.newPage();
  await caller.goto('http://localhost:8787/health');
  await caller.addScriptTag({ path: peerjsBundle });
  await allowEvaluatedNames(caller);
  return caller.evaluate(
    ({ opts, target, n }) =>
      new Promise<number[]>((resolve) => {
        const peer = new (window as unknown as PeerWindow).Peer(opts);
        peer.on('open', () => {
          const conn = peer.connect(target, { reliable: true, serialization: 'json' });
          const samples: number[] = [];
          let t0 = 0;
          let i = 0;
          const next = () => {
            t0 = performance.now();
            conn.send({ v: 1, type: 'bench/echo', id: String(i), body: 'Running late, there in 10' });
          };
          conn.on('data', () => {
            if (i >= 20) samples.push(performance.now() - t0); // the first 20 warm the link up
            i += 1;
            if (samples.length === n) resolve(samples);
            else next();
          });
          conn.on('open', next);
        });
      }),
    { opts: options, target: echoId, n: count },
  );
}
