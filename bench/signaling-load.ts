import { performance } from 'node:perf_hooks';
import { WebSocket } from 'ws';

/**
 * The load of bench/signaling.ts, from the bench process: PeerJS clients as plain `ws` sockets
 * (the stock client's query: key, id, token, version), idle or bouncing OFFERs in pairs.
 */

/** Connections opened at once while filling a server with idle peers; more only queues in the backlog. */
const CONNECT_BATCH = 200;

/** Opens one client with `id` and resolves once the server said OPEN. */
export function openPeer(base: string, id: string): Promise<WebSocket> {
  const url = new URL('/peerjs', base.replace(/^http/, 'ws'));
  url.search = new URLSearchParams({ key: 'peerjs', id, token: `token-${id}`, version: '1.5.5' }).toString();
  // `ws` offers permessage-deflate by default, as browsers do: the server decides whether it is used.
  const ws = new WebSocket(url);
  return new Promise((resolve, reject) => {
    ws.once('message', (data) => {
      const { type } = JSON.parse(String(data)) as { type: string };
      if (type === 'OPEN') resolve(ws);
      else reject(new Error(`${id}: ${String(data)}`));
    });
    ws.once('error', reject);
    ws.once('close', (code) => reject(new Error(`${id} closed (${code}) before OPEN`)));
  });
}

export async function openIdlePeers(base: string, prefix: string, count: number): Promise<WebSocket[]> {
  const sockets: WebSocket[] = [];
  for (let start = 0; start < count; start += CONNECT_BATCH) {
    const batch = Array.from({ length: Math.min(CONNECT_BATCH, count - start) }, (_, i) =>
      openPeer(base, `${prefix}-${start + i}`),
    );
    sockets.push(...(await Promise.all(batch)));
  }
  return sockets;
}

export function closeAll(sockets: readonly WebSocket[]): void {
  for (const ws of sockets) ws.terminate();
}

export interface Pair {
  a: WebSocket;
  aId: string;
  b: WebSocket;
  bId: string;
}

/** A, B of each pair on `baseA`, `baseB` (the same server, or two instances so every relay crosses). */
export async function openPairs(
  baseA: string,
  baseB: string,
  prefix: string,
  count: number,
): Promise<Pair[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const aId = `${prefix}-a${i}`;
      const bId = `${prefix}-b${i}`;
      const [a, b] = await Promise.all([openPeer(baseA, aId), openPeer(baseB, bId)]);
      return { a, aId, b, bId };
    }),
  );
}

/** An OFFER shaped like PeerJS's (an SDP of a typical data-channel offer's size, ~1 KiB). */
const SDP = `v=0\r\no=- 0 2 IN IP4 127.0.0.1\r\n${'a=candidate:1 1 udp 2122260223 192.0.2.1 5000 typ host\r\n'.repeat(16)}`;

/**
 * Every pair bounces one OFFER back and forth until `relays` have arrived in all; each relay's
 * latency is from the send to its arrival at the other client (one clock: the bench process).
 */
export function bounce(pairs: readonly Pair[], relays: number): Promise<number[]> {
  const latencies: number[] = [];
  let sent = 0;
  return new Promise((resolve) => {
    const send = (from: WebSocket, src: string, dst: string) => {
      sent += 1;
      const payload = {
        sdp: { type: 'offer', sdp: SDP },
        type: 'data',
        connectionId: 'dc_bench',
        t: performance.now(),
      };
      from.send(JSON.stringify({ type: 'OFFER', src, dst, payload }));
    };
    for (const { a, aId, b, bId } of pairs) {
      const onMessage = (me: WebSocket, myId: string, otherId: string) => (data: unknown) => {
        const message = JSON.parse(String(data)) as { type: string; payload?: { t: number } };
        if (message.type !== 'OFFER' || !message.payload) return;
        latencies.push(performance.now() - message.payload.t);
        if (latencies.length >= relays) return resolve(latencies);
        if (sent < relays) send(me, myId, otherId);
      };
      a.on('message', onMessage(a, aId, bId));
      b.on('message', onMessage(b, bId, aId));
    }
    for (const { a, aId, bId } of pairs.slice(0, relays)) send(a, aId, bId);
  });
}
