import { SecureSession } from '@core/session/secure-session';
import {
  channelPair,
  computer,
  createKeys,
  type End,
  keys,
  settled,
} from '@core/session/secure-session-fixture';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ComputerConnection, type ComputerEvents } from './computer-connection';
import type { PhonePeer } from './phone-peer';

// The data channel is the fixture's in-memory pair: the phone's end travels inside the fake conn.
vi.mock('@web/data-connection-channel', () => ({
  dataConnectionChannel: (conn: { end: End }) => conn.end,
}));

beforeAll(createKeys);

type Listener = () => void;

/** One dial as PeerJS gives it: events the test fires, and the computer's end of its channel. */
function fakeDial() {
  const [phoneEnd, computerEnd] = channelPair();
  const listeners = new Map<string, Listener[]>();
  const conn = {
    end: phoneEnd,
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    close: () => phoneEnd.close(),
  };
  const fire = (event: string) => {
    for (const listener of listeners.get(event) ?? []) listener();
  };
  return { conn, computerEnd, phoneEnd, fire };
}

function setUp() {
  const dials: ReturnType<typeof fakeDial>[] = [];
  const peer = {
    open: true,
    connect: vi.fn(() => {
      const dial = fakeDial();
      dials.push(dial);
      return dial.conn;
    }),
  };
  const seen = { ready: 0, frames: [] as string[], states: [] as string[], refused: [] as string[] };
  const events: ComputerEvents = {
    state: (_id, state) => seen.states.push(state),
    ready: () => {
      seen.ready += 1;
    },
    frame: (_id, frame) => seen.frames.push(frame.type),
    refused: (_id, code, _message, proof) => seen.refused.push(`${code}:${proof}`),
  };
  const connection = new ComputerConnection(
    'pt-computer',
    { peer } as unknown as PhonePeer,
    'Pixel',
    {
      key: keys.phone,
      authorize: async () => ({ ok: true }),
      pairSecret: () => undefined,
      pairCode: () => undefined,
    },
    events,
  );
  /** The computer answers dial `i`: its channel opens and it runs its side of the handshake. */
  const answer = (i: number) => {
    const dial = dials[i]!;
    const session = new SecureSession(dial.computerEnd, computer());
    dial.fire('open');
    return session;
  };
  return { connection, peer, dials, seen, answer };
}

describe('ComputerConnection after signaling came back (a new network, maybe)', () => {
  it('dials a second connection while the first is open, and moves to it once it is ready', async () => {
    const { connection, peer, dials, seen, answer } = setUp();
    connection.connect();
    const first = answer(0);
    await settled();
    expect(seen.ready).toBe(1);
    expect(connection.state).toBe('connected');

    connection.signalingLost();
    expect(connection.state).toBe('connected');
    connection.connect();
    expect(peer.connect).toHaveBeenCalledTimes(2);
    const second = answer(1);
    await settled();
    expect(seen.ready).toBe(2);
    expect(dials[0]!.phoneEnd.closed).toBe(true);
    expect(connection.state).toBe('connected');
    expect(seen.states).toEqual(['connected']);
    expect(connection.send({ type: 'auth/confirm' })).toBe(true);
    second.send({ type: 'sync/pull', after: 0 });
    first.send({ type: 'sync/pull', after: 0 });
    await settled();
    expect(seen.frames).toEqual(['sync/pull']);
    connection.stop();
  });

  it('keeps the open session when the second dial does not come up', async () => {
    const { connection, peer, dials, seen, answer } = setUp();
    connection.connect();
    answer(0);
    await settled();
    connection.signalingLost();
    connection.connect();
    dials[1]!.fire('close');
    expect(connection.state).toBe('connected');
    expect(connection.send({ type: 'auth/confirm' })).toBe(true);
    expect(dials[0]!.phoneEnd.closed).toBe(false);
    connection.connect();
    expect(peer.connect).toHaveBeenCalledTimes(2);
    expect(seen.ready).toBe(1);
    connection.stop();
  });

  it('does not dial again while a session is open and signaling never went away', async () => {
    const { connection, peer, answer } = setUp();
    connection.connect();
    answer(0);
    await settled();
    connection.connect();
    expect(peer.connect).toHaveBeenCalledTimes(1);
    connection.stop();
  });
});

describe('ComputerConnection refused before the handshake', () => {
  it('an unsigned not-paired error from whoever answered: told as unproven, closed, dialled again', async () => {
    const { connection, peer, dials, seen } = setUp();
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      connection.connect();
      dials[0]!.fire('open');
      // No computer session answers: the relay that took the dial sends one frame before any hello.
      dials[0]!.computerEnd.send({ v: 1, id: 'e', type: 'error', code: 'not-paired', message: 'x' });
      await vi.waitFor(() => expect(seen.refused).toEqual(['not-paired:none']));
      expect(dials[0]!.phoneEnd.closed).toBe(true);
      expect(connection.state).toBe('offline');
      // Backoff's first retry is after 1 s: the computer is dialled again, not forgotten.
      await vi.waitFor(() => expect(peer.connect).toHaveBeenCalledTimes(2), { timeout: 3_000 });
    } finally {
      connection.stop();
      warned.mockRestore();
    }
  });
});
