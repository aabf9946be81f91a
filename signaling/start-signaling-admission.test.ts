import { afterEach, describe, expect, it, vi } from 'vitest';
import { connect, peer, sleep, start, stopSignaling } from './start-signaling-clients';

afterEach(stopSignaling);

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
