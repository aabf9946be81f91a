import { describe, expect, it } from 'vitest';
import { createTransmission } from './handlers/transmission';
import { createMessageHandler } from './message-handler';
import { resolveSignalingOptions } from './options';
import { admitPeer, type PeerConnections } from './peer-admission';
import { createRateLimits } from './rate-limits';
import { type PeerSocket, Realm } from './realm';

function socket() {
  const sent: unknown[] = [];
  const closes: number[] = [];
  const ws: PeerSocket = {
    send: (data) => void sent.push(JSON.parse(data)),
    close: (code) => void closes.push(code ?? 0),
    terminate() {},
  };
  return { ws, sent, closes };
}

const setup = (maxPeers = 10) => {
  const options = resolveSignalingOptions({ maxPeers });
  const realm = new Realm(options);
  const relay = createTransmission(realm);
  const shared: PeerConnections = {
    realm,
    options,
    relay,
    handleMessage: createMessageHandler(relay),
    messageLimiter: createRateLimits(options).messages,
    now: () => 7,
  };
  return { realm, shared };
};

describe('admitPeer', () => {
  it('registers a fresh id with its token and time', () => {
    const { realm, shared } = setup();
    const { ws } = socket();
    expect(admitPeer(shared, ws, { key: 'peerjs', id: 'a', token: 't' })).toMatchObject({ fresh: true });
    expect(realm.getPeer('a')).toMatchObject({ id: 'a', token: 't', socket: ws, lastSeen: 7 });
  });

  it('refuses a missing parameter or a wrong key with the upstream texts', () => {
    const { realm, shared } = setup();
    const missing = socket();
    expect(admitPeer(shared, missing.ws, { key: 'peerjs', id: 'a' })).toBeUndefined();
    expect(missing.sent).toEqual([
      { type: 'ERROR', payload: { msg: 'No id, token, or key supplied to websocket server' } },
    ]);
    const wrongKey = socket();
    expect(admitPeer(shared, wrongKey.ws, { key: 'nope', id: 'a', token: 't' })).toBeUndefined();
    expect(wrongKey.closes).toEqual([1008]);
    expect(realm.size).toBe(0);
  });

  it('answers ID-TAKEN to another token, and moves the same token to its new socket', () => {
    const { realm, shared } = setup();
    const first = socket();
    admitPeer(shared, first.ws, { key: 'peerjs', id: 'a', token: 't' });
    const impostor = socket();
    expect(admitPeer(shared, impostor.ws, { key: 'peerjs', id: 'a', token: 'x' })).toBeUndefined();
    expect(impostor.sent).toEqual([{ type: 'ID-TAKEN', payload: { msg: 'ID is taken' } }]);
    const again = socket();
    expect(admitPeer(shared, again.ws, { key: 'peerjs', id: 'a', token: 't' })).toMatchObject({
      fresh: false,
    });
    expect(first.closes).toEqual([1000]);
    expect(realm.getPeer('a')?.socket).toBe(again.ws);
  });

  it('refuses a new id past MAX_PEERS with 1013, so the client may try again later', () => {
    const { shared } = setup(1);
    admitPeer(shared, socket().ws, { key: 'peerjs', id: 'a', token: 't' });
    const late = socket();
    expect(admitPeer(shared, late.ws, { key: 'peerjs', id: 'b', token: 't' })).toBeUndefined();
    expect(late.closes).toEqual([1013]);
  });
});
