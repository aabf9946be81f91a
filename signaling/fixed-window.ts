import type { RateDecision } from './rate-limits';

/**
 * A per-key fixed-window budget answered synchronously: `points` per `durationMs`, the window
 * starting at a key's first take, as rate-limiter-flexible's RateLimiterMemory counts. That one
 * answers every take through promises (and a timer per key); on the WebSocket path that was paid
 * per message, so a single instance counts here instead. Refused takes count too, as there.
 */
export class FixedWindow {
  private readonly windows = new Map<string, { used: number; endsAt: number }>();
  private nextSweep = 0;

  constructor(
    private readonly points: number,
    private readonly durationMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(key: string): RateDecision {
    const now = this.now();
    this.sweep(now);
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      window = { used: 0, endsAt: now + this.durationMs };
      this.windows.set(key, window);
    }
    window.used += 1;
    return window.used <= this.points ? { ok: true } : { ok: false, retryAfterMs: window.endsAt - now };
  }

  /** Forgets ended windows at most once per window length, so idle addresses do not pile up. */
  private sweep(now: number): void {
    if (now < this.nextSweep) return;
    this.nextSweep = now + this.durationMs;
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}
