import { describe, expect, it } from 'vitest';
import type { RelayMessage } from './protocol';
import { type Peer, type PeerSocket, Realm } from './realm';

const socket = (): PeerSocket => ({ send() {}, close() {}, terminate() {} });
const peer = (id: string): Peer => ({ id, token: 't', socket: socket(), lastSeen: 0 });
const offer = (src: string, dst: string): RelayMessage => ({ type: 'OFFER', src, dst, payload: {} });
const limits = { maxQueuedPerPeer: 100, maxQueuedMessages: 1000 };

describe('Realm', () => {
  it('keeps a reconnected peer when the replaced socket closes late', () => {
    const realm = new Realm(limits);
    const a = peer('a');
    realm.setPeer(a);
    const old = a.socket;
    a.socket = socket();
    expect(realm.removePeer('a', old)).toBe(false);
    expect(realm.getPeer('a')).toBe(a);
    expect(realm.removePeer('a', a.socket)).toBe(true);
    expect(realm.size).toBe(0);
  });

  it('hands out distinct UUIDs', () => {
    const realm = new Realm(limits);
    const ids = new Set(Array.from({ length: 100 }, () => realm.generateId()));
    expect(ids.size).toBe(100);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('caps connections per address and frees a slot on close', () => {
    const realm = new Realm(limits);
    expect(realm.openConnection('1.2.3.4', 2)).toBe(true);
    expect(realm.openConnection('1.2.3.4', 2)).toBe(true);
    expect(realm.openConnection('1.2.3.4', 2)).toBe(false);
    expect(realm.openConnection('5.6.7.8', 2)).toBe(true);
    realm.closeConnection('1.2.3.4');
    expect(realm.connectionsFrom('1.2.3.4')).toBe(1);
    expect(realm.openConnection('1.2.3.4', 2)).toBe(true);
  });

  it('returns queued messages oldest first, once', () => {
    const realm = new Realm(limits);
    realm.enqueue(offer('a', 'b'), 0);
    realm.enqueue({ ...offer('a', 'b'), type: 'CANDIDATE' }, 1);
    expect(realm.takeQueue('b').map((m) => m.type)).toEqual(['OFFER', 'CANDIDATE']);
    expect(realm.takeQueue('b')).toEqual([]);
  });

  it("drops one sender's queued messages for a peer, and frees their budget", () => {
    const realm = new Realm({ maxQueuedPerPeer: 3, maxQueuedMessages: 3 });
    realm.enqueue(offer('a', 'b'), 0);
    realm.enqueue(offer('c', 'b'), 0);
    realm.enqueue({ ...offer('a', 'b'), type: 'CANDIDATE' }, 0);
    realm.dropConversation('a', 'b');
    expect(realm.queuedFor('b')).toBe(1);
    expect(realm.enqueue(offer('a', 'd'), 0)).toBe(true);
    expect(realm.enqueue(offer('a', 'e'), 0)).toBe(true);
    expect(realm.enqueue(offer('a', 'f'), 0)).toBe(false);
    realm.dropConversation('c', 'b');
    expect(realm.takeQueue('b')).toEqual([]);
  });

  it('refuses to queue past the per-peer and overall limits', () => {
    const realm = new Realm({ maxQueuedPerPeer: 2, maxQueuedMessages: 3 });
    expect(realm.enqueue(offer('a', 'b'), 0)).toBe(true);
    expect(realm.enqueue(offer('a', 'b'), 0)).toBe(true);
    expect(realm.enqueue(offer('a', 'b'), 0)).toBe(false);
    expect(realm.enqueue(offer('a', 'c'), 0)).toBe(true);
    expect(realm.enqueue(offer('a', 'd'), 0)).toBe(false);
    realm.takeQueue('b');
    expect(realm.enqueue(offer('a', 'd'), 0)).toBe(true);
  });

  it('expires a whole conversation once its oldest message is too old, leaving others', () => {
    const realm = new Realm(limits);
    realm.enqueue(offer('a', 'b'), 0);
    realm.enqueue({ ...offer('a', 'b'), type: 'CANDIDATE' }, 90);
    realm.enqueue(offer('c', 'b'), 50);
    expect(realm.takeExpired(99, 100)).toEqual([]);
    expect(realm.takeExpired(100, 100)).toEqual([{ src: 'a', dst: 'b' }]);
    expect(realm.takeQueue('b')).toEqual([offer('c', 'b')]);
  });

  it('frees the overall queue budget when conversations expire', () => {
    const realm = new Realm({ maxQueuedPerPeer: 10, maxQueuedMessages: 1 });
    realm.enqueue(offer('a', 'b'), 0);
    expect(realm.enqueue(offer('a', 'c'), 0)).toBe(false);
    realm.takeExpired(1000, 100);
    expect(realm.enqueue(offer('a', 'c'), 0)).toBe(true);
  });

  it('walks every peer while the walk removes them', () => {
    const realm = new Realm(limits);
    for (const id of ['a', 'b', 'c']) realm.setPeer(peer(id));
    const seen: string[] = [];
    for (const p of realm.eachPeer()) {
      seen.push(p.id);
      realm.removePeer(p.id);
    }
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(realm.size).toBe(0);
  });
});
