import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SecureSession } from './secure-session';
import { channelPair, computer, createKeys, phone, watch } from './secure-session-fixture';

beforeAll(createKeys);
// Only the clocks: WebCrypto and the session's promise queue run as they would.
const clocks = { toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] as const };
afterEach(() => {
  vi.useRealTimers();
});

describe('SecureSession handshake deadline', () => {
  it('closes a connection that repeats its hello instead of finishing the handshake, 10 s after it opened', async () => {
    vi.useFakeTimers({ toFake: [...clocks.toFake] });
    const [a, b] = channelPair();
    // A stranger's phone that never sends its proof, only its hello, every 3 s (fresh enough for the ping).
    const deliver = b.send.bind(b);
    let hello: unknown;
    b.send = (d) => {
      if ((d as { type: string }).type !== 'auth/hello') return;
      hello ??= d;
      deliver(d);
    };
    const c = watch(new SecureSession(a, computer()));
    new SecureSession(b, phone());
    const again = setInterval(() => deliver(hello), 3_000);
    await vi.advanceTimersByTimeAsync(9_900);
    expect(c.closed).toEqual([]);
    await vi.advanceTimersByTimeAsync(100);
    expect(c.refused).toEqual(['not-authenticated']);
    expect(c.closed).toEqual(['refused']);
    expect(a.closed).toBe(true);
    clearInterval(again);
  });

  it('leaves a session that finished its handshake in time open', async () => {
    vi.useFakeTimers({ toFake: [...clocks.toFake] });
    const [a, b] = channelPair();
    const c = watch(new SecureSession(a, computer()));
    const p = watch(new SecureSession(b, phone()));
    await vi.waitFor(() => expect([c.ready, p.ready]).toEqual([['Pixel'], ['Laptop']]));
    await vi.advanceTimersByTimeAsync(30_000);
    expect([c.closed, p.closed]).toEqual([[], []]);
  });
});
