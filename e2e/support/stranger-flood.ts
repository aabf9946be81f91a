import type { Browser } from '@playwright/test';
import type { Peer } from 'peerjs';
import { STRANGER_PEER_OPTIONS, strangerPage } from './stranger';

export interface FloodConnection {
  opened: boolean;
  /** Frames the target sent (a deadline closes with a not-authenticated error; a push-out says nothing). */
  received: { type?: string; code?: string }[];
  closed: boolean;
}

export interface StrangerFlood {
  /** Each stranger's connection so far. */
  report(): Promise<FloodConnection[]>;
  /** Waits until the target has closed every stranger's connection (or `withinMs` passes), then reports. */
  allClosed(withinMs: number): Promise<FloodConnection[]>;
  leave(): Promise<void>;
}

/**
 * `count` stock PeerJS clients, each with its own peer, dial `targetPeerId` one after another and then say
 * nothing: connections that hold the target's handshake places for as long as it lets them.
 * Resolves once every one has opened (or been closed).
 */
export async function strangersFlood(
  browser: Browser,
  targetPeerId: string,
  count: number,
): Promise<StrangerFlood> {
  const { context, page } = await strangerPage(browser);
  await page.evaluate(
    async ({ target, count, peerOptions }) => {
      const PeerClass = (window as unknown as { Peer: typeof Peer }).Peer;
      const conns: { opened: boolean; received: unknown[]; closed: boolean }[] = [];
      (window as unknown as { flood: typeof conns }).flood = conns;
      // One after another, each open before the next dials: a connection pushed out before its channel
      // opened would never learn it (PeerJS sends no close over signaling).
      for (let i = 0; i < count; i++) {
        const entry = { opened: false, received: [] as unknown[], closed: false };
        conns.push(entry);
        const peer = new PeerClass(peerOptions);
        peer.on('error', () => undefined);
        await new Promise<void>((resolve) => {
          peer.on('open', () => {
            const conn = peer.connect(target, { reliable: true, serialization: 'json' });
            conn.on('open', () => {
              entry.opened = true;
              resolve();
            });
            conn.on('data', (data) => entry.received.push(data));
            conn.on('close', () => {
              entry.closed = true;
              resolve();
            });
          });
        });
      }
    },
    { target: targetPeerId, count, peerOptions: STRANGER_PEER_OPTIONS },
  );
  const report = () =>
    page.evaluate(() => (window as unknown as { flood: FloodConnection[] }).flood.map((c) => ({ ...c })));
  return {
    report,
    allClosed: async (withinMs) => {
      await page
        .waitForFunction(
          () => (window as unknown as { flood: FloodConnection[] }).flood.every((c) => c.closed),
          null,
          {
            timeout: withinMs,
          },
        )
        .catch(() => undefined);
      return report();
    },
    leave: () => context.close(),
  };
}
