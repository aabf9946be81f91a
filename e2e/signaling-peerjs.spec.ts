import { fileURLToPath } from 'node:url';
import { type Browser, chromium, expect, test } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './support/chromium-path';
import { type SignalingCluster, startSignalingCluster } from './support/signaling-cluster';

const peerjsBundle = fileURLToPath(new URL('../node_modules/peerjs/dist/peerjs.min.js', import.meta.url));

let browser: Browser;
test.beforeAll(async () => {
  browser = await chromium.launch({
    headless: true,
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: chromiumArgs,
  });
});
test.afterAll(() => browser.close());

async function stockPeerPage() {
  const page = await browser.newPage();
  // Any secure-context page that is not our app (its CSP forbids added scripts): the server's health answer.
  await page.goto('http://localhost:8787/health');
  await page.addScriptTag({ path: peerjsBundle });
  return page;
}

interface Server {
  host: string;
  port: number;
}

/**
 * The protocol as a stock client sees it, with the two clients on `first` and `second`: one server,
 * or two instances on one Redis (signaling-cluster.ts), where every signal crosses instances.
 */
function protocolChecks(setup: string, first: Server, second: Server): void {
  test(`two stock peerjs clients connect and exchange data through ${setup}`, async () => {
    const a = await stockPeerPage();
    const b = await stockPeerPage();
    const options = { host: first.host, port: first.port, secure: false, config: { iceServers: [] } };
    const optionsB = { ...options, host: second.host, port: second.port };

    const idA = await a.evaluate(
      (opts) =>
        new Promise<string>((resolve, reject) => {
          const w = window as unknown as { Peer: new (o: object) => PeerLike; received: unknown[] };
          const peer = new w.Peer(opts);
          w.received = [];
          peer.on('open', (id) => resolve(id as string));
          peer.on('error', reject);
          peer.on('connection', (conn) => {
            const c = conn as ConnLike;
            c.on('data', (d) => {
              w.received.push(d);
              c.send({ echo: d });
            });
          });
        }),
      options,
    );
    expect(idA).toMatch(/^[0-9a-f-]{36}$/);

    const echoed = await b.evaluate(
      ({ opts, target }) =>
        new Promise<unknown>((resolve, reject) => {
          const w = window as unknown as { Peer: new (o: object) => PeerLike };
          const peer = new w.Peer(opts);
          peer.on('error', reject);
          peer.on('open', () => {
            const conn = peer.connect(target, { reliable: true }) as ConnLike;
            conn.on('open', () => conn.send('hello over WebRTC'));
            conn.on('data', resolve);
          });
        }),
      { opts: optionsB, target: idA },
    );
    expect(echoed).toEqual({ echo: 'hello over WebRTC' });
    expect(await a.evaluate(() => (window as unknown as { received: unknown[] }).received)).toEqual([
      'hello over WebRTC',
    ]);
  });

  test(`a stock client that reconnects with the same id and token is let back in, on ${setup}`, async () => {
    const page = await stockPeerPage();
    const reopened = await page.evaluate(
      (server) =>
        new Promise<boolean>((resolve, reject) => {
          const w = window as unknown as { Peer: new (id: string, o: object) => PeerLike };
          const peer = new w.Peer(`reconnect-${Date.now()}`, {
            host: server.host,
            port: server.port,
            secure: false,
            token: 'tok1',
          });
          let opens = 0;
          peer.on('error', reject);
          peer.on('open', () => {
            opens += 1;
            if (opens === 1) peer.disconnect();
            else resolve(true);
          });
          peer.on('disconnected', () => setTimeout(() => peer.reconnect(), 100));
        }),
      first,
    );
    expect(reopened).toBe(true);
  });
}

protocolChecks('our signaling server', { host: 'localhost', port: 8787 }, { host: 'localhost', port: 8787 });

test.describe('two instances on Redis', () => {
  let cluster: SignalingCluster;
  test.beforeAll(async () => {
    cluster = await startSignalingCluster();
  });
  test.afterAll(() => cluster.stop());
  protocolChecks(
    'two instances on one Redis',
    { host: '127.0.0.1', port: 8791 },
    { host: '127.0.0.1', port: 8792 },
  );
});

interface PeerLike {
  on(event: string, listener: (value: unknown) => void): void;
  connect(id: string, options: object): unknown;
  disconnect(): void;
  reconnect(): void;
}
interface ConnLike {
  on(event: string, listener: (value: unknown) => void): void;
  send(data: unknown): void;
}
