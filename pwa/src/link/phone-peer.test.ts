import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServerIdentity } from '../db/phone-db';
import { PhonePeer, type SignalingEvents } from './phone-peer';

type Listener = (...args: unknown[]) => void;

class FakePeer {
  static made: FakePeer[] = [];
  destroyed = false;
  disconnected = false;
  open = true;
  reconnect = vi.fn(() => {
    this.disconnected = false;
  });
  private readonly listeners = new Map<string, Listener[]>();
  constructor(readonly id: string) {
    FakePeer.made.push(this);
  }
  on(event: string, listener: Listener): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }
  emit(event: string, ...args: unknown[]): void {
    for (const listener of this.listeners.get(event) ?? []) listener(...args);
  }
  destroy(): void {
    this.destroyed = true;
  }
}

vi.mock('@web/signaling-peer', async (original) => ({
  ...(await original<typeof import('@web/signaling-peer')>()),
  signalingPeer: (identity: { peerId: string }) => ({
    peer: new FakePeer(identity.peerId),
    iceReady: () => Promise.resolve(),
  }),
}));

/** The server registered the peer, and its ICE servers arrived (a resolved promise: one turn later). */
async function open(peer: FakePeer): Promise<void> {
  peer.emit('open');
  await Promise.resolve();
  await Promise.resolve();
}

const identity: ServerIdentity = { peerId: 'pt-phone', token: 't' };

function events(): SignalingEvents & { log: string[] } {
  const log: string[] = [];
  return {
    log,
    opened: () => log.push('opened'),
    lost: () => log.push('lost'),
    unavailable: (_peer, peerId) => log.push(`unavailable:${peerId}`),
    stranger: () => log.push('stranger'),
  };
}

beforeEach(() => {
  FakePeer.made = [];
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('PhonePeer', () => {
  it('reconnects a dropped socket after 1 s, then 2 s, and after an open again after 1 s', async () => {
    const told = events();
    const phonePeer = new PhonePeer(identity, 'wss://signal.example', told);
    const peer = FakePeer.made[0]!;
    await open(peer);
    const drop = () => {
      peer.disconnected = true;
      peer.emit('disconnected');
    };
    drop();
    vi.advanceTimersByTime(999);
    expect(peer.reconnect).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(peer.reconnect).toHaveBeenCalledTimes(1);
    drop();
    vi.advanceTimersByTime(1_999);
    expect(peer.reconnect).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(peer.reconnect).toHaveBeenCalledTimes(2);
    await open(peer);
    drop();
    vi.advanceTimersByTime(1_000);
    expect(peer.reconnect).toHaveBeenCalledTimes(3);
    expect(told.log).toEqual(['opened', 'lost', 'lost', 'opened', 'lost']);
    phonePeer.stop();
  });

  it('makes a new peer with the same id when the old one was destroyed, and none once stopped', () => {
    const phonePeer = new PhonePeer(identity, 'wss://signal.example', events());
    const first = FakePeer.made[0]!;
    first.destroyed = true;
    first.emit('error', { type: 'socket-error', message: 'gone' });
    vi.advanceTimersByTime(1_000);
    expect(FakePeer.made.map((p) => p.id)).toEqual(['pt-phone', 'pt-phone']);
    phonePeer.stop();
    FakePeer.made[1]!.emit('close');
    vi.advanceTimersByTime(20_000);
    expect(FakePeer.made).toHaveLength(2);
  });

  it('refuses whoever dials the phone, and names the computer the server cannot find', () => {
    const told = events();
    const phonePeer = new PhonePeer(identity, 'wss://signal.example', told);
    const conn = { close: vi.fn() };
    FakePeer.made[0]!.emit('connection', conn);
    FakePeer.made[0]!.emit('error', {
      type: 'peer-unavailable',
      message: 'Could not connect to peer pt-computer',
    });
    expect(conn.close).toHaveBeenCalled();
    expect(told.log).toEqual(['stranger', 'unavailable:pt-computer']);
    phonePeer.stop();
  });
});
