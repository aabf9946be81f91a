import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { Peer } from 'peerjs';

const peerjsBundle = fileURLToPath(new URL('../../node_modules/peerjs/dist/peerjs.min.js', import.meta.url));

export interface StrangerResult {
  /** Whether the data channel to the target ever opened. */
  opened: boolean;
  /** Every frame the target sent to the stranger. */
  received: { type?: string; code?: string; message?: string }[];
  /** Milliseconds from the channel's open to its close, if the target closed it while listening. */
  closedAfterMs?: number;
}

export interface StrangerOptions {
  /** How long the stranger listens before it leaves. */
  listenMs?: number;
  /** PeerJS serialization to dial with (ours is 'json'). */
  serialization?: 'json' | 'binary' | 'raw';
}

/** How a stock PeerJS client in a stranger's page reaches our signaling server (pass into `evaluate`). */
export const STRANGER_PEER_OPTIONS = {
  host: 'localhost',
  port: 8787,
  secure: false,
  config: { iceServers: [] },
} as const;

/** A page in its own context, with stock PeerJS loaded, that is not our app (whose CSP forbids added scripts). */
export async function strangerPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The signaling server's health answer: a secure context (localhost).
  await page.goto('http://localhost:8787/health');
  await page.addScriptTag({ path: peerjsBundle });
  return { context, page };
}

/**
 * A stock PeerJS client in its own browser context that dials `targetPeerId` through our signaling
 * server and sends `frames` as soon as the channel opens. `frames` may contain the marker
 * `'fresh-hello'`, replaced by a well-formed hello signed by a key the stranger makes for itself.
 */
export async function strangerDials(
  browser: Browser,
  targetPeerId: string,
  frames: unknown[],
  options: StrangerOptions = {},
): Promise<StrangerResult> {
  const { context, page } = await strangerPage(browser);
  const { listenMs = 3_000, serialization = 'json' } = options;
  try {
    return await page.evaluate(
      async ({ target, frames, listenMs, serialization, peerOptions }) => {
        const b64 = (bytes: ArrayBuffer) =>
          btoa(String.fromCharCode(...new Uint8Array(bytes)))
            .replace(/\+/g, '-')
            .replace(/\//g, '_')
            .replace(/=+$/, '');
        const keys = (await crypto.subtle.generateKey({ name: 'Ed25519' }, false, [
          'sign',
          'verify',
        ])) as CryptoKeyPair;
        const spki = b64(await crypto.subtle.exportKey('spki', keys.publicKey));
        const hello = {
          v: 1,
          id: 'stranger-hello',
          type: 'auth/hello',
          role: 'phone',
          device: 'Definitely your phone',
          nonce: b64(crypto.getRandomValues(new Uint8Array(32)).buffer),
          key: { alg: 'Ed25519', spki },
        };
        const PeerClass = (window as unknown as { Peer: typeof Peer }).Peer;
        const peer = new PeerClass(peerOptions);
        type Received = { type?: string; code?: string; message?: string };
        const result: { opened: boolean; received: Received[]; closedAfterMs?: number } = {
          opened: false,
          received: [],
        };
        await new Promise<void>((resolve) => {
          peer.on('open', () => {
            const conn = peer.connect(target, { reliable: true, serialization });
            let openedAt = 0;
            conn.on('open', () => {
              result.opened = true;
              openedAt = performance.now();
              for (const frame of frames) conn.send(frame === 'fresh-hello' ? hello : frame);
            });
            conn.on('data', (data) => result.received.push(data as Received));
            conn.on('close', () => {
              if (openedAt > 0) result.closedAfterMs = Math.round(performance.now() - openedAt);
            });
          });
          peer.on('error', () => undefined);
          setTimeout(resolve, listenMs);
        });
        peer.destroy();
        return result;
      },
      { target: targetPeerId, frames, listenMs, serialization, peerOptions: STRANGER_PEER_OPTIONS },
    );
  } finally {
    await context.close();
  }
}

/** A well-formed send frame, numbered as if a handshake had passed. */
export function sendFrame(seq: number, to = '+447911123456'): object {
  return {
    v: 1,
    id: `attack-${seq}`,
    seq,
    type: 'sms/send',
    msgId: `attack-msg-${seq}`,
    to,
    body: 'Premium!',
  };
}
