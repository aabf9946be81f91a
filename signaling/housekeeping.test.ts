import { describe, expect, it } from 'vitest';
import { sweep } from './housekeeping';
import type { RelayMessage } from './protocol';
import { type Peer, Realm } from './realm';

const options = { aliveTimeout: 1000, expireTimeout: 100 };

function setup() {
  const realm = new Realm({ maxQueuedPerPeer: 10, maxQueuedMessages: 10 });
  const relayed: RelayMessage[] = [];
  const terminated: string[] = [];
  const add = (id: string, lastSeen: number) => {
    const peer: Peer = {
      id,
      token: 't',
      lastSeen,
      socket: { send() {}, close() {}, terminate: () => terminated.push(id) },
    };
    realm.setPeer(peer);
  };
  return {
    realm,
    relayed,
    terminated,
    add,
    run: (now: number) => sweep(realm, (m) => relayed.push(m), options, now),
  };
}

describe('sweep', () => {
  it('drops only peers silent for aliveTimeout', () => {
    const { realm, terminated, add, run } = setup();
    add('quiet', 0);
    add('chatty', 500);
    run(1000);
    expect(terminated).toEqual(['quiet']);
    expect(realm.getPeer('quiet')).toBeUndefined();
    expect(realm.getPeer('chatty')).toBeDefined();
  });

  it('answers EXPIRE from the absent peer to the sender, once per conversation', () => {
    const { realm, relayed, run } = setup();
    realm.enqueue({ type: 'OFFER', src: 'a', dst: 'b' }, 0);
    realm.enqueue({ type: 'CANDIDATE', src: 'a', dst: 'b' }, 10);
    run(99);
    expect(relayed).toEqual([]);
    run(100);
    expect(relayed).toEqual([{ type: 'EXPIRE', src: 'b', dst: 'a' }]);
    expect(realm.queuedFor('b')).toBe(0);
  });
});
