export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number };

/**
 * A fixed-window counter per key (an IP address). Fixed windows let a client do up to twice the
 * limit across a boundary, which is fine for slowing guessing; they need one number per key.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    /** Keys remembered at once, so a spray of addresses cannot grow the map without bound. */
    private readonly maxKeys = 100_000,
  ) {}

  take(key: string, now: number): RateDecision {
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.windowMs) {
      if (!window && this.windows.size >= this.maxKeys) this.sweep(now);
      // Still full of live windows: refuse rather than forget someone's count.
      if (!window && this.windows.size >= this.maxKeys) return { ok: false, retryAfterMs: this.windowMs };
      window = { start: now, count: 0 };
      this.windows.set(key, window);
    }
    if (window.count >= this.limit) return { ok: false, retryAfterMs: window.start + this.windowMs - now };
    window.count += 1;
    return { ok: true };
  }

  get size(): number {
    return this.windows.size;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.windowMs) this.windows.delete(key);
    }
  }
}
