import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PeerIdentity } from './peer-identity';
import { SignalingPresence } from './signaling-presence';

const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  class FakePeer {
    static made: FakePeer[] = [];
    private listeners = new Map<string, Listener[]>();
    reconnect = vi.fn();
    destroy = vi.fn();
    constructor(
      readonly id: string,
      readonly options: { token: string; host?: string; secure?: boolean },
    ) {
      FakePeer.made.push(this);
    }
    on(event: string, listener: Listener): this {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    emit(event: string, ...args: unknown[]): void {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
  }
  return { FakePeer };
});

vi.mock('peerjs', () => ({ default: fake.FakePeer }));

const identity = { peerId: 'pt-computer', token: 'token' } as PeerIdentity;
let status: { publishOrLog: ReturnType<typeof vi.fn> };
let connections: unknown[];

beforeEach(() => {
  vi.useFakeTimers();
  // On each open the peer asks the server for ICE servers (web/ice-servers.ts): a server without them.
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('', { status: 404 })),
  );
  fake.FakePeer.made = [];
  status = { publishOrLog: vi.fn() };
  connections = [];
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

let presence: SignalingPresence;

function connected(): InstanceType<typeof fake.FakePeer> {
  presence = new SignalingPresence(identity, 'http://signal.test', status, (conn) => connections.push(conn));
  presence.connect();
  return fake.FakePeer.made.at(-1)!;
}

describe('SignalingPresence', () => {
  it("is this computer's peer id on the signaling server, and says when it is online", () => {
    const peer = connected();
    expect(peer).toMatchObject({ id: 'pt-computer', options: { token: 'token' } });
    peer.emit('open');
    expect(status.publishOrLog).toHaveBeenCalledWith({ signaling: 'online' });
  });

  it('reconnects a lost server after 1, then 2 seconds, and after 1 again once it was back', () => {
    const peer = connected();
    // As PeerJS leaves a peer that was online and lost its socket.
    Object.assign(peer, { disconnected: true, destroyed: false });
    peer.emit('disconnected');
    expect(status.publishOrLog).toHaveBeenCalledWith({ signaling: 'offline' });
    vi.advanceTimersByTime(999);
    expect(peer.reconnect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(peer.reconnect).toHaveBeenCalledTimes(1);
    peer.emit('disconnected');
    vi.advanceTimersByTime(1_999);
    expect(peer.reconnect).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(peer.reconnect).toHaveBeenCalledTimes(2);
    peer.emit('open');
    peer.emit('disconnected');
    vi.advanceTimersByTime(1_000);
    expect(peer.reconnect).toHaveBeenCalledTimes(3);
  });

  it('after a signaling error, reconnects a peer that was online (its data channels stay open), and shows the problem', () => {
    const peer = connected();
    peer.emit('open');
    // PeerJS on a lost socket of a peer that was online: disconnected, id kept, connections left open.
    Object.assign(peer, { disconnected: true, destroyed: false, open: false });
    peer.emit('error', { type: 'socket-error', message: 'Lost connection to server.' });
    expect(status.publishOrLog).toHaveBeenCalledWith({
      signaling: 'offline',
      problem: 'Signaling: Lost connection to server.',
    });
    peer.emit('disconnected');
    vi.advanceTimersByTime(1_000);
    expect(peer.reconnect).toHaveBeenCalledTimes(1);
    expect(peer.destroy).not.toHaveBeenCalled();
    expect(fake.FakePeer.made).toHaveLength(1);
  });

  it('starts a new peer after a signaling error on one that never got online (PeerJS destroyed it)', () => {
    const peer = connected();
    Object.assign(peer, { disconnected: true, destroyed: true, open: false });
    peer.emit('error', { type: 'server-error', message: 'Could not get an ID from the server.' });
    vi.advanceTimersByTime(1_000);
    expect(peer.reconnect).not.toHaveBeenCalled();
    expect(fake.FakePeer.made).toHaveLength(2);
  });

  it('leaves a failed data channel to the phone', () => {
    const peer = connected();
    peer.emit('error', { type: 'peer-unavailable', message: 'Could not connect to peer' });
    vi.runAllTimers();
    expect(status.publishOrLog).not.toHaveBeenCalled();
    expect(fake.FakePeer.made).toHaveLength(1);
  });

  it('hands on a connection once, on its first open', () => {
    const peer = connected();
    const opens: (() => void)[] = [];
    const conn = {
      serialization: 'json',
      on: (event: string, listener: () => void) => event === 'open' && opens.push(listener),
    };
    peer.emit('connection', conn);
    for (const open of opens) open();
    for (const open of opens) open();
    expect(connections).toEqual([conn]);
  });

  it('refuses a connection that is not json before it opens', () => {
    const peer = connected();
    for (const serialization of ['binary', 'raw', 'none', undefined]) {
      const conn = { serialization, on: vi.fn(), close: vi.fn() };
      peer.emit('connection', conn);
      expect(conn.close).toHaveBeenCalled();
      expect(conn.on).not.toHaveBeenCalledWith('open', expect.anything());
    }
    expect(connections).toEqual([]);
  });

  it('holds four connections without a proven key at most: a fifth pushes out the oldest', () => {
    const peer = connected();
    const closes: Record<string, () => void> = {};
    const conns = ['s1', 's2', 's3', 's4', 's5'].map((name) => {
      const conn = {
        name,
        serialization: 'json',
        on: (event: string, listener: () => void) => {
          if (event === 'close') closes[name] = listener;
        },
        close: vi.fn(() => closes[name]?.()),
      };
      peer.emit('connection', conn);
      return conn;
    });
    expect(conns.map((c) => c.close.mock.calls.length)).toEqual([1, 0, 0, 0, 0]);
    // One that closed on its own gives its place back: the next newcomer pushes out no one.
    closes.s3?.();
    peer.emit('connection', { serialization: 'json', on: vi.fn(), close: vi.fn() });
    expect(conns.map((c) => c.close.mock.calls.length)).toEqual([1, 0, 0, 0, 0]);
  });

  it('moves to another server at once when the person picks one, and no longer hears the old one', () => {
    const old = connected();
    old.emit('open');
    presence.moveTo('https://other.example');
    expect(old.destroy).toHaveBeenCalled();
    expect(status.publishOrLog).toHaveBeenLastCalledWith({ signaling: 'connecting', problem: undefined });
    const moved = fake.FakePeer.made.at(-1)!;
    expect(moved).not.toBe(old);
    expect(moved.options).toMatchObject({ host: 'other.example', secure: true, token: 'token' });
    old.emit('disconnected');
    vi.runAllTimers();
    expect(old.reconnect).not.toHaveBeenCalled();
    expect(status.publishOrLog).not.toHaveBeenCalledWith({ signaling: 'offline' });
    presence.moveTo('https://other.example');
    expect(fake.FakePeer.made.at(-1)).toBe(moved);
  });
});
