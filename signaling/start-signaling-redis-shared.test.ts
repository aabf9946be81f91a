import { afterEach, describe, expect, it, vi } from 'vitest';
import { haveRedisServer } from './redis/redis-test-server';
import { health, peerOn, postJson, redisUntil, stopAll, twoInstances } from './redis/two-instances';

afterEach(stopAll);

/** Another second half for `code`, so the guess names the live code with the wrong secret. */
const wrongSecret = (code: string) => `${code.slice(0, 5)}${code.slice(5) === '0000' ? '1111' : '0000'}`;

describe.skipIf(!haveRedisServer)('typed codes across instances', () => {
  it('issues a code on one instance for a peer on the other, and looks it up once on either', async () => {
    const { a, b } = await twoInstances();
    await peerOn(b, 'computer');
    const issued = await postJson(a, '/pair/code', { peerId: 'computer', token: 'token-computer' });
    expect(issued.status).toBe(201);
    const { code } = (await issued.json()) as { code: string };
    const found = await postJson(b, '/pair/lookup', { code });
    expect(await found.json()).toEqual({ peerId: 'computer' });
    expect((await postJson(a, '/pair/lookup', { code })).status).toBe(404);
  });

  it('burns a code for every instance on one wrong guess', async () => {
    const { a, b } = await twoInstances();
    await peerOn(a, 'computer');
    const { code } = (await (
      await postJson(a, '/pair/code', { peerId: 'computer', token: 'token-computer' })
    ).json()) as { code: string };
    expect((await postJson(a, '/pair/lookup', { code: wrongSecret(code) })).status).toBe(404);
    expect((await postJson(b, '/pair/lookup', { code })).status).toBe(404);
  });

  it('refuses a code to a token that does not hold the id on any instance', async () => {
    const { a, b } = await twoInstances();
    await peerOn(b, 'computer');
    expect((await postJson(a, '/pair/code', { peerId: 'computer', token: 'stolen' })).status).toBe(409);
    expect((await postJson(a, '/ice', { peerId: 'computer', token: 'token-computer' })).status).toBe(200);
    expect((await postJson(a, '/ice', { peerId: 'computer', token: 'stolen' })).status).toBe(403);
  });
});

describe.skipIf(!haveRedisServer)('rate limits across instances', () => {
  it('counts one address once, whichever instance it asks', async () => {
    const { a, b } = await twoInstances({ pairLookupsPerMinutePerIp: 3 });
    const statuses: number[] = [];
    for (const server of [a, b, a, b]) {
      statuses.push((await postJson(server, '/pair/lookup', { code: 'AAAA-AAAA' })).status);
    }
    expect(statuses).toEqual([404, 404, 404, 429]);
    const refused = await postJson(a, '/pair/lookup', { code: 'AAAA-AAAA' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe.skipIf(!haveRedisServer)('the message budget across instances', () => {
  it('cuts a flooding address on every instance, a round trip late at most', async () => {
    const { a, b } = await twoInstances({ maxMessagesPer10sPerIp: 20 });
    const flooder = await peerOn(a, 'flooder');
    const sibling = await peerOn(b, 'sibling');
    for (let i = 0; i < 200 && flooder.open; i++) flooder.send({ type: 'HEARTBEAT' });
    expect((await flooder.closed).code).toBe(1008);
    expect(flooder.received).toContainEqual({
      type: 'ERROR',
      payload: { msg: 'Too many messages from this address' },
    });
    sibling.send({ type: 'HEARTBEAT' });
    expect((await sibling.closed).code).toBe(1008);
  });
});

describe.skipIf(!haveRedisServer)('a Redis restart', () => {
  it('keeps both instances serving, and relays across again once Redis is back', async () => {
    const { redis, a, b } = await twoInstances();
    const alice = await peerOn(a, 'alice');
    const bob = await peerOn(b, 'bob');
    alice.send({ type: 'OFFER', dst: 'bob', payload: 'before' });
    expect(await bob.nth(1)).toMatchObject({ payload: 'before' });

    await redis.kill();
    await vi.waitFor(async () => expect((await health(a)).redis).toBe('down'), { timeout: 5_000 });
    expect(await health(b)).toEqual({ ok: true, peers: 1, redis: 'down' });
    // A signal for the other instance cannot go: its sender hears EXPIRE rather than wait.
    alice.send({ type: 'OFFER', dst: 'bob', payload: 'lost' });
    expect(await alice.nth(1, 5_000)).toEqual({ type: 'EXPIRE', src: 'bob', dst: 'alice' });
    // Peers on one instance still reach each other, and new ones are admitted.
    const carol = await peerOn(a, 'carol');
    carol.send({ type: 'OFFER', dst: 'alice', payload: 'during' });
    expect(await alice.nth(2)).toMatchObject({ src: 'carol', payload: 'during' });

    await redis.restart();
    const restored = 'Redis connection restored; presence of local peers announced again';
    await vi.waitFor(
      () =>
        expect([a.lines, b.lines]).toEqual([
          expect.arrayContaining([restored]),
          expect.arrayContaining([restored]),
        ]),
      {
        timeout: 10_000,
      },
    );
    expect(a.lines).toContain('Redis connection lost; serving peers on this instance only until it is back');
    expect(await health(a)).toEqual({ ok: true, peers: 2, redis: 'up' });
    // Connections per address were written again: two on A, one on B.
    await redisUntil(
      (r) => r.hvals('peertext:connections:127.0.0.1').then((counts) => counts.sort()),
      ['1', '2'],
    );
    alice.send({ type: 'OFFER', dst: 'bob', payload: 'after' });
    expect(await bob.nth(2)).toMatchObject({ src: 'alice', payload: 'after' });
    bob.send({ type: 'ANSWER', dst: 'carol', payload: 'to the one admitted during' });
    expect(await carol.nth(1)).toMatchObject({ src: 'bob', payload: 'to the one admitted during' });
  });
});
