import type { SyncBatchFrame } from '@core/protocol/frames';
import { RateLimiter } from '@core/retry/rate-limiter';
import { splitBatches } from '@core/sync/split-batches';
import { liveQuery } from 'dexie';
import type { PhoneDb } from '../db/phone-db';
import { changesAfter, logHead } from './message-log';

type Batch = Omit<SyncBatchFrame, 'v' | 'id' | 'seq'>;

/** Read from the log per step: enough for a few frames, small enough not to hold up live texts. */
const READ_LIMIT = 2_000;

/**
 * Pulls a computer may make: each one restarts its stream from the log, so a computer (a bug, or a
 * paired one gone bad) pulling in a loop would keep the phone reading. A real one pulls once per
 * session, and again after a gap.
 */
export const PULLS_PER_WINDOW = 4;
export const PULL_WINDOW_MS = 10_000;

/**
 * The phone's side of inbox sync, for every connected computer: after its `sync/pull`, the changes
 * after its cursor in frame-sized batches, then each new change as it is logged. One pump per
 * computer, so batches go out in order and never twice at once.
 */
export class SyncServer {
  private readonly sentUpTo = new Map<string, number>();
  /** Bumped by each pull, so a stream already under way for an older pull stops. */
  private readonly generation = new Map<string, number>();
  private readonly pumping = new Map<string, Promise<void>>();
  private readonly again = new Set<string>();
  private readonly pulls = new RateLimiter(PULLS_PER_WINDOW, PULL_WINDOW_MS, 1_000);

  constructor(
    private readonly db: PhoneDb,
    private readonly send: (computerPeerId: string, batch: Batch) => boolean,
    /** A computer has been sent every change up to `seq`, the end of the log: for its sync state. */
    private readonly caughtUp: (computerPeerId: string, seq: number) => void = () => undefined,
  ) {
    // Any new change anywhere (this page's or another tab's) wakes every computer's pump. Kept for
    // the page's life, like the server itself.
    liveQuery(() => logHead(db)).subscribe({
      next: () => {
        for (const peerId of this.sentUpTo.keys()) this.pump(peerId);
      },
      error: (error: unknown) => console.error('PeerText sync: watching the log failed', error),
    });
  }

  /**
   * The computer says what it has; everything after that follows. A pull past the limit is ignored
   * (logged, no answer: answering is work too); the stream under way, if any, goes on.
   */
  pull(computerPeerId: string, after: number, now = Date.now()): Promise<void> {
    if (!this.pulls.take(computerPeerId, now).ok) {
      console.warn(`PeerText sync: ${computerPeerId} pulls too often; pull after ${after} ignored`);
      return this.pumping.get(computerPeerId) ?? Promise.resolve();
    }
    this.sentUpTo.set(computerPeerId, after);
    this.generation.set(computerPeerId, (this.generation.get(computerPeerId) ?? 0) + 1);
    return this.pump(computerPeerId);
  }

  /** The computer went away: it pulls again from its own cursor when it is back. */
  drop(computerPeerId: string): void {
    this.sentUpTo.delete(computerPeerId);
    this.generation.delete(computerPeerId);
  }

  private pump(peerId: string): Promise<void> {
    const running = this.pumping.get(peerId);
    if (running) {
      this.again.add(peerId);
      return running;
    }
    const run = this.drain(peerId).finally(() => {
      this.pumping.delete(peerId);
      if (this.again.delete(peerId)) void this.pump(peerId);
    });
    this.pumping.set(peerId, run);
    return run;
  }

  private async drain(peerId: string): Promise<void> {
    const generation = this.generation.get(peerId);
    const current = () => this.generation.get(peerId) === generation && this.sentUpTo.has(peerId);
    for (;;) {
      const after = this.sentUpTo.get(peerId);
      if (after === undefined || !current()) return;
      const changes = await changesAfter(this.db, after, READ_LIMIT);
      const head = await logHead(this.db);
      if (changes.length === 0) {
        if (current()) this.caughtUp(peerId, after);
        return;
      }
      for (const batch of splitBatches(changes)) {
        // A pull that came in meanwhile restarted this computer's stream: stop this one.
        if (!current()) return;
        if (!this.send(peerId, { type: 'sync/batch', changes: batch, head })) {
          this.sentUpTo.delete(peerId);
          return;
        }
        this.sentUpTo.set(peerId, batch.at(-1)!.seq);
      }
    }
  }
}
