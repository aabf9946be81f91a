import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter';

describe('RateLimiter', () => {
  it('allows the limit per window, then says how long to wait', () => {
    const limiter = new RateLimiter(3, 60_000);
    for (let i = 0; i < 3; i++) expect(limiter.take('a', 1_000 + i)).toEqual({ ok: true });
    expect(limiter.take('a', 11_000)).toEqual({ ok: false, retryAfterMs: 50_000 });
  });

  it('counts each key on its own', () => {
    const limiter = new RateLimiter(1, 60_000);
    expect(limiter.take('a', 0).ok).toBe(true);
    expect(limiter.take('a', 1).ok).toBe(false);
    expect(limiter.take('b', 1).ok).toBe(true);
  });

  it('starts afresh once the window has passed', () => {
    const limiter = new RateLimiter(1, 60_000);
    limiter.take('a', 0);
    expect(limiter.take('a', 59_999).ok).toBe(false);
    expect(limiter.take('a', 60_000).ok).toBe(true);
  });

  it('forgets expired keys when full, and then the oldest live one: a full table refuses nobody', () => {
    const limiter = new RateLimiter(1, 1_000, 2);
    limiter.take('a', 0);
    limiter.take('b', 100);
    expect(limiter.take('c', 500)).toEqual({ ok: true });
    expect(limiter.size).toBe(2);
    // 'a' was the oldest and is forgotten; 'b' still counts.
    expect(limiter.take('a', 600).ok).toBe(true);
    expect(limiter.take('c', 700).ok).toBe(false);
    expect(limiter.take('c', 1_500).ok).toBe(true);
    expect(limiter.size).toBe(2);
  });
});
