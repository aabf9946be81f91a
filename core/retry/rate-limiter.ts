export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number };

/**
 * A fixed-window counter per key (an IP address on the server, a computer on the phone). Fixed windows let a client do up to twice the
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
      // Still full of live windows: forget the oldest one. Refusing instead would let whoever
      // fills the table (an IPv6 block is many keys even grouped by /64) lock everyone else out.
      if (!window && this.windows.size >= this.maxKeys) {
        const oldest = this.windows.keys().next().value;
        if (oldest !== undefined) this.windows.delete(oldest);
      }
      window = { start: now, count: 0 };
      // Re-inserted, so the table's order stays oldest window first.
      this.windows.delete(key);
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
