import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { type RunningSignaling, type StartSignalingOptions, startSignaling } from './start-signaling';

type Received = { type: string; src?: string; dst?: string; payload?: unknown };

/** A raw WebSocket client that records every message and how it closed. */
class Client {
  readonly received: Received[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly waiters: (() => void)[] = [];
  private readonly ws: WebSocket;

  /** `localAddress` picks another loopback address, so one test can play several hosts. */
  constructor(base: string, query: Record<string, string>, localAddress?: string) {
    const url = new URL('/peerjs', base.replace(/^http/, 'ws'));
    for (const [name, value] of Object.entries({ version: '1.5.5', ...query }))
      url.searchParams.set(name, value);
    this.ws = new WebSocket(url, localAddress ? { localAddress } : {});
    this.ws.on('message', (data) => {
      this.received.push(JSON.parse(String(data)) as Received);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.closed = new Promise((resolve) =>
      this.ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
    );
    // The server may cut a socket that is still writing; that is what some tests check.
    this.ws.on('error', () => {});
  }

  /** Resolves with the `index`-th message (0-based) once it has arrived. */
  async nth(index: number, timeoutMs = 2000): Promise<Received> {
    const end = Date.now() + timeoutMs;
    while (this.received.length <= index) {
      const left = end - Date.now();
      if (left <= 0) throw new Error(`no message #${index}; got ${JSON.stringify(this.received)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, left);
      });
    }
    return this.received[index]!;
  }

  send(message: object | string): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  get open(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  close(): Promise<unknown> {
    this.ws.close();
    return this.closed;
  }
}

let server: RunningSignaling | undefined;
const clients: Client[] = [];

async function start(options: StartSignalingOptions = {}): Promise<RunningSignaling> {
  server = await startSignaling({ port: 0, ...options });
  return server;
}

function connect(query: Record<string, string>, localAddress?: string): Client {
  const client = new Client(server!.url, query, localAddress);
  clients.push(client);
  return client;
}

/** Connects with the stock client's query and waits for OPEN. */
async function peer(id: string, token = `token-${id}`, localAddress?: string): Promise<Client> {
  const client = connect({ key: 'peerjs', id, token }, localAddress);
  expect(await client.nth(0)).toEqual({ type: 'OPEN' });
  return client;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(async () => {
  vi.restoreAllMocks();
  for (const client of clients.splice(0)) client.close();
  await server?.close();
  server = undefined;
});

describe('startSignaling', () => {
  it('listens on a free port and answers over HTTP', async () => {
    const { url, port } = await start();
    expect(port).toBeGreaterThan(0);
    expect(url).toBe(`http://127.0.0.1:${port}`);
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ ok: true, peers: 0 });
  });

  it('close() tells connected clients the server is going away and resolves', async () => {
    const running = await start();
    const alice = await peer('alice');
    await running.close();
    expect((await alice.closed).code).toBe(1001);
    await expect(fetch(`${running.url}/health`)).rejects.toThrow();
  });

  it('rejects when the port is taken', async () => {
    const first = await start();
    await expect(startSignaling({ port: first.port })).rejects.toThrow(/EADDRINUSE/);
  });
});

describe('WebSocket admission', () => {
  it('sends OPEN to a client with key, id and token', async () => {
    const { realm } = await start();
    await peer('alice');
    expect(realm.getPeer('alice')).toBeDefined();
  });

  it('refuses a wrong key with the upstream ERROR and closes', async () => {
    await start();
    const client = connect({ key: 'nope', id: 'alice', token: 't' });
    expect(await client.nth(0)).toEqual({ type: 'ERROR', payload: { msg: 'Invalid key provided' } });
    expect((await client.closed).code).toBe(1008);
  });

  it('refuses a missing token', async () => {
    const { realm } = await start();
    const client = connect({ key: 'peerjs', id: 'alice' });
    expect(await client.nth(0)).toEqual({
      type: 'ERROR',
      payload: { msg: 'No id, token, or key supplied to websocket server' },
    });
    await client.closed;
    expect(realm.size).toBe(0);
  });

  it('answers ID-TAKEN to a second client with another token, leaving the first alone', async () => {
    const { realm } = await start();
    const alice = await peer('alice', 'right');
    const impostor = connect({ key: 'peerjs', id: 'alice', token: 'wrong' });
    expect(await impostor.nth(0)).toEqual({ type: 'ID-TAKEN', payload: { msg: 'ID is taken' } });
    await impostor.closed;
    expect(alice.open).toBe(true);
    expect(realm.getPeer('alice')?.token).toBe('right');
  });

  it('sends OPEN again when the same id reconnects with the same token, replacing the old socket', async () => {
    const { realm } = await start();
    const old = await peer('alice', 'tok');
    const again = await peer('alice', 'tok');
    expect((await old.closed).code).toBe(1000);
    expect(realm.size).toBe(1);
    // Messages now reach the new socket, and the old socket's close did not evict it.
    const bob = await peer('bob');
    bob.send({ type: 'OFFER', dst: 'alice', payload: { n: 1 } });
    expect(await again.nth(1)).toMatchObject({ type: 'OFFER', src: 'bob' });
    expect(old.received).toEqual([{ type: 'OPEN' }]);
  });

  it('caps simultaneous connections per address and frees the slot on close', async () => {
    await start({ maxConnectionsPerIp: 2 });
    const a = await peer('a');
    await peer('b');
    const third = connect({ key: 'peerjs', id: 'c', token: 't' });
    expect(await third.nth(0)).toEqual({
      type: 'ERROR',
      payload: { msg: 'Too many connections from this address' },
    });
    expect((await third.closed).code).toBe(1013);
    await a.close();
    await sleep(20);
    await peer('c');
  });

  it('cuts an address that floods messages, across all its sockets, and keeps serving others', async () => {
    await start({ maxMessagesPer10sPerIp: 50 });
    const flooder = await peer('flooder');
    const sibling = await peer('sibling');
    const alice = await peer('alice', 'token-alice', '127.0.0.2');
    const bob = await peer('bob', 'token-bob', '127.0.0.2');
    for (let i = 0; i < 5_000 && flooder.open; i++) flooder.send({ type: 'OFFER', dst: 'alice', payload: i });
    expect((await flooder.closed).code).toBe(1008);
    expect(flooder.received).toContainEqual({
      type: 'ERROR',
      payload: { msg: 'Too many messages from this address' },
    });
    // Only what fit in the budget went through.
    await sleep(50);
    expect(alice.received.filter((m) => m.type === 'OFFER').length).toBeLessThanOrEqual(50);
    sibling.send({ type: 'HEARTBEAT' });
    expect((await sibling.closed).code).toBe(1008);
    bob.send({ type: 'OFFER', dst: 'alice', payload: 'still here' });
    await vi.waitFor(() => expect(alice.received).toContainEqual(expect.objectContaining({ src: 'bob' })));
  });

  it('refuses new peers past maxPeers with the upstream message', async () => {
    await start({ maxPeers: 1 });
    await peer('a');
    const b = connect({ key: 'peerjs', id: 'b', token: 't' });
    expect(await b.nth(0)).toEqual({
      type: 'ERROR',
      payload: { msg: 'Server has reached its concurrent user limit' },
    });
  });
});

describe('relaying', () => {
  it('relays OFFER, ANSWER and CANDIDATE with src set by the server', async () => {
    await start();
    const alice = await peer('alice');
    const bob = await peer('bob');
    alice.send({ type: 'OFFER', dst: 'bob', payload: { sdp: 'v=0', connectionId: 'dc_1' } });
    expect(await bob.nth(1)).toEqual({
      type: 'OFFER',
      src: 'alice',
      dst: 'bob',
      payload: { sdp: 'v=0', connectionId: 'dc_1' },
    });
    bob.send({ type: 'ANSWER', dst: 'alice', payload: { sdp: 'v=0' } });
    expect(await alice.nth(1)).toEqual({ type: 'ANSWER', src: 'bob', dst: 'alice', payload: { sdp: 'v=0' } });
    alice.send({ type: 'CANDIDATE', src: 'alice', dst: 'bob', payload: { candidate: 'c' } });
    expect(await bob.nth(2)).toEqual({
      type: 'CANDIDATE',
      src: 'alice',
      dst: 'bob',
      payload: { candidate: 'c' },
    });
  });

  it('relays LEAVE', async () => {
    await start();
    const alice = await peer('alice');
    const bob = await peer('bob');
    alice.send({ type: 'LEAVE', dst: 'bob' });
    expect(await bob.nth(1)).toEqual({ type: 'LEAVE', src: 'alice', dst: 'bob' });
  });

  it('refuses a forged src and does not relay it', async () => {
    await start();
    const mallory = await peer('mallory');
    const bob = await peer('bob');
    mallory.send({ type: 'OFFER', src: 'alice', dst: 'bob', payload: {} });
    expect(await mallory.nth(1)).toEqual({ type: 'ERROR', payload: { msg: 'Forged src' } });
    // A later honest message is the first thing bob hears, so the forged one never went out.
    mallory.send({ type: 'OFFER', dst: 'bob', payload: { honest: true } });
    expect(await bob.nth(1)).toMatchObject({ src: 'mallory', payload: { honest: true } });
    expect(bob.received).toHaveLength(2);
  });

  it('answers ERROR to a non-JSON frame and keeps working', async () => {
    await start();
    const alice = await peer('alice');
    const bob = await peer('bob');
    alice.send('this is not json');
    expect(await alice.nth(1)).toEqual({ type: 'ERROR', payload: { msg: 'Invalid message' } });
    alice.send({ type: 'OFFER', dst: 'bob', payload: 1 });
    expect(await bob.nth(1)).toMatchObject({ type: 'OFFER', src: 'alice' });
    expect(alice.open).toBe(true);
  });

  it('closes with 1009 on a frame over the cap, passes one at the cap, and keeps serving', async () => {
    const errors = vi.spyOn(console, 'error');
    const { realm } = await start({ maxFrameBytes: 1024 });
    const alice = await peer('alice');
    const bob = await peer('bob');
    const frame = (size: number) => {
      const base = JSON.stringify({ type: 'OFFER', dst: 'bob', payload: '' });
      return JSON.stringify({ type: 'OFFER', dst: 'bob', payload: 'x'.repeat(size - base.length) });
    };
    alice.send(frame(1024));
    expect(await bob.nth(1)).toMatchObject({ type: 'OFFER', src: 'alice' });
    alice.send(frame(1025));
    expect((await alice.closed).code).toBe(1009);
    expect(bob.received).toHaveLength(2);
    await sleep(20);
    expect(realm.getPeer('alice')).toBeUndefined();
    await peer('carol');
    // Refusing a frame is routine, not a failure worth logging.
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('queueing', () => {
  it('delivers a message for an absent peer when it connects', async () => {
    await start();
    const alice = await peer('alice');
    alice.send({ type: 'OFFER', dst: 'bob', payload: { sdp: 'v=0' } });
    alice.send({ type: 'CANDIDATE', dst: 'bob', payload: { candidate: 'c' } });
    await sleep(50);
    const bob = await peer('bob');
    expect(await bob.nth(2)).toEqual({
      type: 'CANDIDATE',
      src: 'alice',
      dst: 'bob',
      payload: { candidate: 'c' },
    });
    expect(bob.received[1]).toEqual({ type: 'OFFER', src: 'alice', dst: 'bob', payload: { sdp: 'v=0' } });
  });

  it('answers EXPIRE to the sender when nobody picks the message up in time', async () => {
    const { realm } = await start({ expireTimeout: 100, checkInterval: 20 });
    const alice = await peer('alice');
    alice.send({ type: 'OFFER', dst: 'bob', payload: {} });
    alice.send({ type: 'CANDIDATE', dst: 'bob', payload: {} });
    expect(await alice.nth(1)).toEqual({ type: 'EXPIRE', src: 'bob', dst: 'alice' });
    expect(realm.queuedFor('bob')).toBe(0);
    await sleep(100);
    expect(alice.received).toHaveLength(2);
    const bob = await peer('bob');
    await sleep(50);
    expect(bob.received).toEqual([{ type: 'OPEN' }]);
  });

  it('does not queue LEAVE for an absent peer', async () => {
    const { realm } = await start();
    const alice = await peer('alice');
    alice.send({ type: 'LEAVE', dst: 'bob' });
    alice.send({ type: 'HEARTBEAT' });
    await sleep(50);
    expect(realm.queuedFor('bob')).toBe(0);
  });
});

describe('liveness', () => {
  it('drops a client silent for aliveTimeout and keeps one that sends HEARTBEAT', async () => {
    const { realm } = await start({ aliveTimeout: 300, checkInterval: 25 });
    const quiet = await peer('quiet');
    const chatty = await peer('chatty');
    const beat = setInterval(() => chatty.send({ type: 'HEARTBEAT' }), 50);
    try {
      const started = Date.now();
      await quiet.closed;
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      expect(realm.getPeer('quiet')).toBeUndefined();
      await sleep(400);
      expect(chatty.open).toBe(true);
      expect(realm.getPeer('chatty')).toBeDefined();
    } finally {
      clearInterval(beat);
    }
  });
});
