import { describe, expect, it } from 'vitest';
import { createMessageHandler } from './message-handler';
import type { RelayMessage } from './protocol';
import type { Peer } from './realm';

const setup = () => {
  const relayed: RelayMessage[] = [];
  const handle = createMessageHandler(
    (m) => relayed.push(m),
    () => 1000,
  );
  const peer: Peer = { id: 'a', token: 't', lastSeen: 0, socket: { send() {}, close() {}, terminate() {} } };
  return { relayed, handle, peer };
};

describe('createMessageHandler', () => {
  it('relays signaling types with src set to the sender', () => {
    const { relayed, handle, peer } = setup();
    for (const type of ['OFFER', 'ANSWER', 'CANDIDATE', 'LEAVE', 'EXPIRE']) {
      expect(handle(peer, { type, dst: 'b', payload: 1 })).toBe(true);
    }
    expect(relayed.map((m) => [m.type, m.src, m.dst])).toEqual([
      ['OFFER', 'a', 'b'],
      ['ANSWER', 'a', 'b'],
      ['CANDIDATE', 'a', 'b'],
      ['LEAVE', 'a', 'b'],
      ['EXPIRE', 'a', 'b'],
    ]);
  });

  it('refreshes liveness on HEARTBEAT without relaying anything', () => {
    const { relayed, handle, peer } = setup();
    expect(handle(peer, { type: 'HEARTBEAT' })).toBe(true);
    expect(peer.lastSeen).toBe(1000);
    expect(relayed).toEqual([]);
  });

  it('counts a relayed message as a sign of life too', () => {
    const { handle, peer } = setup();
    handle(peer, { type: 'CANDIDATE', dst: 'b' });
    expect(peer.lastSeen).toBe(1000);
  });

  it('ignores types a client may not send, including prototype names', () => {
    const { relayed, handle, peer } = setup();
    for (const type of ['OPEN', 'ID-TAKEN', 'ERROR', '__proto__', 'toString', 'offer']) {
      expect(handle(peer, { type, dst: 'b' })).toBe(false);
    }
    expect(relayed).toEqual([]);
    expect(peer.lastSeen).toBe(0);
  });

  it('drops a message without a usable destination', () => {
    const { relayed, handle, peer } = setup();
    handle(peer, { type: 'OFFER' });
    handle(peer, { type: 'OFFER', dst: '' });
    handle(peer, { type: 'OFFER', dst: { id: 'b' } });
    expect(relayed).toEqual([]);
  });
});
