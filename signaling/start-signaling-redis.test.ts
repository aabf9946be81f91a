import { afterEach, describe, expect, it, vi } from 'vitest';
import { haveRedisServer } from './redis/redis-test-server';
import { connectTo, health, peerOn, redisUntil, stopAll, twoInstances } from './redis/two-instances';

afterEach(stopAll);

describe.skipIf(!haveRedisServer)('two instances on one Redis', () => {
  it('relays across instances both ways, payload untouched', async () => {
    const { a, b } = await twoInstances();
    const alice = await peerOn(a, 'alice');
    const bob = await peerOn(b, 'bob');
    const payload = { sdp: 'v=0\r\n', connectionId: 'dc_1', nested: { n: [1, 'ü'] } };
    alice.send({ type: 'OFFER', dst: 'bob', payload });
    expect(await bob.nth(1)).toEqual({ type: 'OFFER', src: 'alice', dst: 'bob', payload });
    bob.send({ type: 'ANSWER', dst: 'alice', payload: { sdp: 'answer' } });
    expect(await alice.nth(1)).toEqual({
      type: 'ANSWER',
      src: 'bob',
      dst: 'alice',
      payload: { sdp: 'answer' },
    });
    for (let i = 0; i < 20; i++) alice.send({ type: 'CANDIDATE', dst: 'bob', payload: i });
    alice.send({ type: 'LEAVE', dst: 'bob' });
    expect(await bob.nth(22)).toEqual({ type: 'LEAVE', src: 'alice', dst: 'bob' });
    // In order, as from one instance.
    expect(bob.received.slice(2, 22).map((m) => m.payload)).toEqual([...Array(20).keys()]);
    expect(await health(a)).toEqual({ ok: true, peers: 1, redis: 'up' });
  });

  it('answers ID-TAKEN to another token on the other instance, leaving the first alone', async () => {
    const { a, b } = await twoInstances();
    const alice = await peerOn(a, 'alice', 'right');
    const impostor = connectTo(b, 'alice', 'wrong');
    expect(await impostor.nth(0)).toEqual({ type: 'ID-TAKEN', payload: { msg: 'ID is taken' } });
    expect((await impostor.closed).code).toBe(1008);
    expect(alice.open).toBe(true);
    const bob = await peerOn(b, 'bob');
    bob.send({ type: 'OFFER', dst: 'alice', payload: 'still alice' });
    expect(await alice.nth(1)).toMatchObject({ src: 'bob', payload: 'still alice' });
  });

  it('lets the same token take its id over from the other instance, closing the old socket there', async () => {
    const { a, b } = await twoInstances();
    const old = await peerOn(a, 'alice', 'tok');
    const moved = await peerOn(b, 'alice', 'tok');
    expect(await old.closed).toEqual({ code: 1000, reason: 'Replaced by a new connection' });
    await vi.waitFor(() => expect(a.realm.getPeer('alice')).toBeUndefined());
    const carol = await peerOn(a, 'carol');
    carol.send({ type: 'OFFER', dst: 'alice', payload: 'to the new socket' });
    expect(await moved.nth(1)).toMatchObject({ src: 'carol', payload: 'to the new socket' });
    expect(old.received).toEqual([{ type: 'OPEN' }]);
  });

  it('keeps presence while heartbeats come, and frees it when they stop', async () => {
    const { a, b } = await twoInstances({ aliveTimeout: 400, checkInterval: 25 });
    const quiet = await peerOn(a, 'quiet');
    const chatty = await peerOn(a, 'chatty');
    const beat = setInterval(() => chatty.send({ type: 'HEARTBEAT' }), 50);
    try {
      await redisUntil(async (redis) => {
        const ttl = await redis.pttl('peertext:peer:quiet');
        return ttl > 0 && ttl <= 400;
      }, true);
      await quiet.closed;
      await redisUntil((redis) => redis.exists('peertext:peer:quiet'), 0);
      await peerOn(b, 'quiet', 'another token');
      // Longer than aliveTimeout after it connected, chatty still holds its id everywhere.
      const impostor = connectTo(b, 'chatty', 'another token');
      expect(await impostor.nth(0)).toEqual({ type: 'ID-TAKEN', payload: { msg: 'ID is taken' } });
    } finally {
      clearInterval(beat);
    }
  });

  it('frees the id when its client leaves, so another token may take it on either instance', async () => {
    const { a, b } = await twoInstances();
    const first = await peerOn(a, 'alice', 'one');
    await first.close();
    await redisUntil((redis) => redis.exists('peertext:peer:alice'), 0);
    expect(a.realm.size).toBe(0);
    await peerOn(b, 'alice', 'two');
  });
});

describe.skipIf(!haveRedisServer)('signals for a peer no instance holds', () => {
  it('queues them in Redis and delivers them in order on the instance the peer connects to', async () => {
    const { a, b } = await twoInstances();
    const alice = await peerOn(a, 'alice');
    alice.send({ type: 'OFFER', dst: 'bob', payload: { sdp: 'v=0' } });
    alice.send({ type: 'CANDIDATE', dst: 'bob', payload: { candidate: 'c' } });
    await redisUntil((redis) => redis.llen('peertext:queue:bob'), 2);
    // Counted for all instances: B shows what A queued.
    expect(await (await fetch(`${b.url}/metrics`)).text()).toMatch(/^peertext_queued_signals 2$/m);
    const bob = await peerOn(b, 'bob');
    expect(await bob.nth(2)).toEqual({
      type: 'CANDIDATE',
      src: 'alice',
      dst: 'bob',
      payload: { candidate: 'c' },
    });
    expect(bob.received[1]).toEqual({ type: 'OFFER', src: 'alice', dst: 'bob', payload: { sdp: 'v=0' } });
  });

  it('answers EXPIRE once to a sender on either instance when nobody picks them up', async () => {
    const { a, b } = await twoInstances({ expireTimeout: 150, checkInterval: 25 });
    const alice = await peerOn(a, 'alice');
    const carol = await peerOn(b, 'carol');
    alice.send({ type: 'OFFER', dst: 'bob', payload: {} });
    alice.send({ type: 'CANDIDATE', dst: 'bob', payload: {} });
    carol.send({ type: 'OFFER', dst: 'bob', payload: {} });
    expect(await alice.nth(1)).toEqual({ type: 'EXPIRE', src: 'bob', dst: 'alice' });
    expect(await carol.nth(1)).toEqual({ type: 'EXPIRE', src: 'bob', dst: 'carol' });
    // A message sent after the EXPIRE comes back after it, so nothing else was on its way.
    carol.send({ type: 'OFFER', dst: 'alice', payload: 'after' });
    expect(await alice.nth(2)).toMatchObject({ src: 'carol', payload: 'after' });
    const bob = await peerOn(b, 'bob');
    bob.send({ type: 'OFFER', dst: 'alice', payload: 'bob is here' });
    expect(await alice.nth(3)).toMatchObject({ src: 'bob', payload: 'bob is here' });
    expect(bob.received).toEqual([{ type: 'OPEN' }]);
  });

  it('sends EXPIRE at once when the shared queue for the peer is full', async () => {
    const { a, b } = await twoInstances({ maxQueuedPerPeer: 2 });
    const alice = await peerOn(a, 'alice');
    const carol = await peerOn(b, 'carol');
    carol.send({ type: 'OFFER', dst: 'bob', payload: 'carol' });
    await redisUntil((redis) => redis.llen('peertext:queue:bob'), 1);
    alice.send({ type: 'OFFER', dst: 'bob', payload: 1 });
    alice.send({ type: 'CANDIDATE', dst: 'bob', payload: 2 });
    expect(await alice.nth(1)).toEqual({ type: 'EXPIRE', src: 'bob', dst: 'alice' });
    // Alice's queued offer went with it; carol's stays and reaches bob.
    const bob = await peerOn(a, 'bob');
    expect(await bob.nth(1)).toMatchObject({ src: 'carol', payload: 'carol' });
    bob.send({ type: 'HEARTBEAT' });
    bob.send({ type: 'OFFER', dst: 'carol', payload: 'done' });
    expect(await carol.nth(1)).toMatchObject({ src: 'bob', payload: 'done' });
    expect(bob.received).toHaveLength(2);
  });
});

describe.skipIf(!haveRedisServer)('connections per address across instances', () => {
  it('counts an address on every instance, and frees the slot on close', async () => {
    const { a, b } = await twoInstances({ maxConnectionsPerIp: 2 });
    await peerOn(a, 'one');
    const two = await peerOn(b, 'two');
    const third = connectTo(a, 'three');
    expect(await third.nth(0)).toEqual({
      type: 'ERROR',
      payload: { msg: 'Too many connections from this address' },
    });
    expect((await third.closed).code).toBe(1013);
    await two.close();
    await redisUntil((redis) => redis.hvals('peertext:connections:127.0.0.1'), ['1']);
    await peerOn(a, 'three');
  });
});
