import { FixedWindow } from './fixed-window';
import type { RateDecision } from './rate-limits';

/** Whoever sent a message that was counted; told when the shared budget turns its address away. */
export interface BudgetSender {
  overBudget(): void;
}

interface Pending {
  points: number;
  senders: Set<BudgetSender>;
}

/** How long counts gather before they go to the shared store in one call per address. */
export const BATCH_MS = 10;

/**
 * A per-address budget shared across instances (REDIS_URL), counted without a round trip or a
 * promise per message. Each take counts at once against this instance's own fixed window (its
 * share can never be more than the whole, so a flood through one instance is cut on the spot,
 * before Redis could have answered), and is added to the address's pending count; every
 * BATCH_MS the pending counts go to the shared store, one call per address (`points` at once).
 * When the shared budget refuses, every sender of that batch hears it, BATCH_MS and a round
 * trip late at most: a flood spread over instances is cut on all of them, as before.
 */
export class BatchedBudget {
  private readonly local: FixedWindow;
  private pending = new Map<string, Pending>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    points: number,
    durationMs: number,
    /** Consumes `points` of `key`'s shared budget. */
    private readonly store: (key: string, points: number) => Promise<RateDecision>,
    private readonly onError: (error: unknown) => void,
  ) {
    this.local = new FixedWindow(points, durationMs);
  }

  /** Counts one message; false when this instance alone has already seen too many from `key`. */
  take(key: string, sender: BudgetSender): boolean {
    if (!this.local.take(key).ok) return false;
    let entry = this.pending.get(key);
    if (!entry) {
      entry = { points: 0, senders: new Set() };
      this.pending.set(key, entry);
    }
    entry.points += 1;
    entry.senders.add(sender);
    // Timers alone must not keep a process (or a test run) alive.
    this.timer ??= setTimeout(() => this.flush(), BATCH_MS).unref();
    return true;
  }

  /** Sends what is pending now (also what the timer does). */
  flush(): void {
    this.timer = undefined;
    const batch = this.pending;
    this.pending = new Map();
    for (const [key, { points, senders }] of batch) {
      this.store(key, points).then((decision) => {
        if (!decision.ok) for (const sender of senders) sender.overBudget();
      }, this.onError);
    }
  }
}
