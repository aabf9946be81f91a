import { afterEach, describe, expect, it, vi } from 'vitest';
import { peer, sleep, start, stopSignaling } from './start-signaling-clients';

afterEach(stopSignaling);

describe('relaying', () => {
  it('relays OFFER, ANSWER and CANDIDATE with src set by the server', async () => {
    await start();
    const alice = await peer('alice');
    const bob = await peer('bob');
    alice.send({ type: 'OFFER', dst: 'bob', payload: { sdp: 'v=0', connectionId: 'dc_1' } });
    expect(await bob.nth(1)).toEqual({
      type: 'OFFER',
      src: 'alice',
      dst: 'bob',
      payload: { sdp: 'v=0', connectionId: 'dc_1' },
    });
    bob.send({ type: 'ANSWER', dst: 'alice', payload: { sdp: 'v=0' } });
    expect(await alice.nth(1)).toEqual({ type: 'ANSWER', src: 'bob', dst: 'alice', payload: { sdp: 'v=0' } });
    alice.send({ type: 'CANDIDATE', src: 'alice', dst: 'bob', payload: { candidate: 'c' } });
    expect(await bob.nth(2)).toEqual({
      type: 'CANDIDATE',
      src: 'alice',
      dst: 'bob',
      payload: { candidate: 'c' },
    });
  });

  it('relays LEAVE', async () => {
    await start();
    const alice = await peer('alice');
    const bob = await peer('bob');
    alice.send({ type: 'LEAVE', dst: 'bob' });
    expect(await bob.nth(1)).toEqual({ type: 'LEAVE', src: 'alice', dst: 'bob' });
  });

  it('refuses a forged src and does not relay it', async () => {
    await start();
    const mallory = await peer('mallory');
    const bob = await peer('bob');
    mallory.send({ type: 'OFFER', src: 'alice', dst: 'bob', payload: {} });
    expect(await mallory.nth(1)).toEqual({ type: 'ERROR', payload: { msg: 'Forged src' } });
    // A later honest message is the first thing bob hears, so the forged one never went out.
    mallory.send({ type: 'OFFER', dst: 'bob', payload: { honest: true } });
    expect(await bob.nth(1)).toMatchObject({ src: 'mallory', payload: { honest: true } });
    expect(bob.received).toHaveLength(2);
  });

  it('answers ERROR to a non-JSON frame and keeps working', async () => {
    await start();
    const alice = await peer('alice');
    const bob = await peer('bob');
    alice.send('this is not json');
    expect(await alice.nth(1)).toEqual({ type: 'ERROR', payload: { msg: 'Invalid message' } });
    alice.send({ type: 'OFFER', dst: 'bob', payload: 1 });
    expect(await bob.nth(1)).toMatchObject({ type: 'OFFER', src: 'alice' });
    expect(alice.open).toBe(true);
  });

  it('closes with 1009 on a frame over the cap, passes one at the cap, and keeps serving', async () => {
    const errors = vi.spyOn(console, 'error');
    const { realm } = await start({ maxFrameBytes: 1024 });
    const alice = await peer('alice');
    const bob = await peer('bob');
    const frame = (size: number) => {
      const base = JSON.stringify({ type: 'OFFER', dst: 'bob', payload: '' });
      return JSON.stringify({ type: 'OFFER', dst: 'bob', payload: 'x'.repeat(size - base.length) });
    };
    alice.send(frame(1024));
    expect(await bob.nth(1)).toMatchObject({ type: 'OFFER', src: 'alice' });
    alice.send(frame(1025));
    expect((await alice.closed).code).toBe(1009);
    expect(bob.received).toHaveLength(2);
    await sleep(20);
    expect(realm.getPeer('alice')).toBeUndefined();
    await peer('carol');
    // Refusing a frame is routine, not a failure worth logging.
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('queueing', () => {
  it('delivers a message for an absent peer when it connects', async () => {
    await start();
    const alice = await peer('alice');
    alice.send({ type: 'OFFER', dst: 'bob', payload: { sdp: 'v=0' } });
    alice.send({ type: 'CANDIDATE', dst: 'bob', payload: { candidate: 'c' } });
    await sleep(50);
    const bob = await peer('bob');
    expect(await bob.nth(2)).toEqual({
      type: 'CANDIDATE',
      src: 'alice',
      dst: 'bob',
      payload: { candidate: 'c' },
    });
    expect(bob.received[1]).toEqual({ type: 'OFFER', src: 'alice', dst: 'bob', payload: { sdp: 'v=0' } });
  });

  it('answers EXPIRE to the sender when nobody picks the message up in time', async () => {
    const { realm } = await start({ expireTimeout: 100, checkInterval: 20 });
    const alice = await peer('alice');
    alice.send({ type: 'OFFER', dst: 'bob', payload: {} });
    alice.send({ type: 'CANDIDATE', dst: 'bob', payload: {} });
    expect(await alice.nth(1)).toEqual({ type: 'EXPIRE', src: 'bob', dst: 'alice' });
    expect(realm.queuedFor('bob')).toBe(0);
    await sleep(100);
    expect(alice.received).toHaveLength(2);
    const bob = await peer('bob');
    await sleep(50);
    expect(bob.received).toEqual([{ type: 'OPEN' }]);
  });

  it('does not queue LEAVE for an absent peer', async () => {
    const { realm } = await start();
    const alice = await peer('alice');
    alice.send({ type: 'LEAVE', dst: 'bob' });
    alice.send({ type: 'HEARTBEAT' });
    await sleep(50);
    expect(realm.queuedFor('bob')).toBe(0);
  });
});

describe('liveness', () => {
  it('drops a client silent for aliveTimeout and keeps one that sends HEARTBEAT', async () => {
    const { realm } = await start({ aliveTimeout: 300, checkInterval: 25 });
    const quiet = await peer('quiet');
    const chatty = await peer('chatty');
    const beat = setInterval(() => chatty.send({ type: 'HEARTBEAT' }), 50);
    try {
      const started = Date.now();
      await quiet.closed;
      expect(Date.now() - started).toBeGreaterThanOrEqual(250);
      expect(realm.getPeer('quiet')).toBeUndefined();
      await sleep(400);
      expect(chatty.open).toBe(true);
      expect(realm.getPeer('chatty')).toBeDefined();
    } finally {
      clearInterval(beat);
    }
  });
});
