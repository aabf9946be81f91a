/**
 * Retrying after a failure, one try at a time: the wait doubles from `firstMs` up to `maxMs`, and
 * goes back to `firstMs` once something worked. Signaling reconnects and redials all use it, so a
 * server or computer that is away is asked at most every ten seconds, and at once again after a success.
 */
export class Backoff {
  private delayMs: number;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly firstMs = 1_000,
    private readonly maxMs = 10_000,
  ) {
    this.delayMs = firstMs;
  }

  /** A try is waiting to run. */
  get waiting(): boolean {
    return this.timer !== undefined;
  }

  /** Runs `action` after the current wait and doubles the next one; does nothing while a try is waiting. */
  retry(action: () => void): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      action();
    }, this.delayMs);
    this.delayMs = Math.min(this.delayMs * 2, this.maxMs);
  }

  /** It worked: the next failure is retried after the first, short wait. */
  succeeded(): void {
    this.delayMs = this.firstMs;
  }

  /** The waiting try, if any, will not run. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
