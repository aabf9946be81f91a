import { describe, expect, it } from 'vitest';
import type { RelayMessage } from '../protocol';
import { type Peer, Realm } from '../realm';
import { createTransmission } from './transmission';

function fakePeer(id: string, failing = false) {
  const sent: unknown[] = [];
  let terminated = false;
  const peer: Peer = {
    id,
    token: 't',
    lastSeen: 0,
    socket: {
      send(data) {
        if (failing) throw new Error('socket gone');
        sent.push(JSON.parse(data));
      },
      close() {},
      terminate() {
        terminated = true;
      },
    },
  };
  return { peer, sent, terminated: () => terminated };
}

const setup = () => {
  const realm = new Realm({ maxQueuedPerPeer: 10, maxQueuedMessages: 10 });
  return { realm, relay: createTransmission(realm, { now: () => 42 }) };
};
const offer: RelayMessage = { type: 'OFFER', src: 'a', dst: 'b', payload: { sdp: 'x' } };

describe('transmission', () => {
  it('delivers to a connected peer as {type, src, dst, payload}', () => {
    const { realm, relay } = setup();
    const b = fakePeer('b');
    realm.setPeer(b.peer);
    relay(offer);
    expect(b.sent).toEqual([offer]);
  });

  it('queues for an absent peer', () => {
    const { realm, relay } = setup();
    relay(offer);
    expect(realm.takeQueue('b')).toEqual([offer]);
  });

  it('does not queue LEAVE or EXPIRE for an absent peer', () => {
    const { realm, relay } = setup();
    relay({ type: 'LEAVE', src: 'a', dst: 'b' });
    relay({ type: 'EXPIRE', src: 'a', dst: 'b' });
    expect(realm.queuedFor('b')).toBe(0);
  });

  it('drops a peer whose socket fails and tells the sender it left', () => {
    const { realm, relay } = setup();
    const a = fakePeer('a');
    const b = fakePeer('b', true);
    realm.setPeer(a.peer);
    realm.setPeer(b.peer);
    relay(offer);
    expect(realm.getPeer('b')).toBeUndefined();
    expect(b.terminated()).toBe(true);
    expect(a.sent).toEqual([{ type: 'LEAVE', src: 'b', dst: 'a' }]);
  });

  it("answers EXPIRE to the sender when the absent peer's queue is full, and drops its half-queued setup", () => {
    const { realm, relay } = setup();
    const a = fakePeer('a');
    realm.setPeer(a.peer);
    relay(offer);
    for (let i = 1; i < 10; i++) relay({ type: 'CANDIDATE', src: 'c', dst: 'b', payload: { i } });
    expect(realm.queuedFor('b')).toBe(10);
    relay({ type: 'CANDIDATE', src: 'a', dst: 'b', payload: { late: true } });
    // Upstream's EXPIRE shape: from the absent peer, to the sender.
    expect(a.sent).toEqual([{ type: 'EXPIRE', src: 'b', dst: 'a' }]);
    // The offer without its candidates would only start a doomed connection when b comes back.
    expect(realm.takeQueue('b').map((m) => m.src)).toEqual(Array(9).fill('c'));
  });
});
