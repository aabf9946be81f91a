import type { SyncBatchFrame, SyncPullFrame } from '@core/protocol/frames';
import { planBatch } from '@core/sync/plan-batch';
import type { SyncedMessage } from '@core/sync/synced-message';
import { applyChanges } from './apply-changes';
import type { ExtensionDb } from './extension-db';

type Pull = Omit<SyncPullFrame, 'v' | 'id' | 'seq'>;

/**
 * The computer's side of inbox sync with one phone: pull from our cursor when the link is up, apply
 * what comes in order, and pull again from the cursor on any gap. Frames that pile up while a
 * transaction runs are applied together in the next one: a first sync of years of texts is a few
 * hundred transactions, not one per frame.
 */
export class SyncClient {
  private pending: SyncBatchFrame[] = [];
  private draining: Promise<void> | undefined;
  private phone: string | undefined;
  private send: ((frame: Pull) => void) | undefined;
  private resyncAsked = false;

  constructor(
    private readonly db: ExtensionDb,
    /** Texts that just arrived unread, after they are stored: for the badge and a notification. */
    private readonly onIncoming: (messages: SyncedMessage[]) => void = () => undefined,
    /** Texts dated before this are not kept (the retention setting): 0 keeps everything. */
    private readonly keepAfter: () => Promise<number> = async () => 0,
  ) {}

  /** The link to this phone is authenticated: ask for everything after what we have. */
  async start(phone: string, send: (frame: Pull) => void): Promise<void> {
    this.phone = phone;
    this.send = send;
    this.pending = [];
    this.resyncAsked = false;
    const cursor = (await this.db.cursors.get(phone))?.seq ?? 0;
    send({ type: 'sync/pull', after: cursor });
  }

  stop(): void {
    this.send = undefined;
    this.pending = [];
  }

  /** Resolves once no batch is being applied: after `stop`, nothing more is written. */
  async settled(): Promise<void> {
    await this.draining?.catch(() => undefined);
  }

  receive(frame: SyncBatchFrame): Promise<void> {
    if (!this.send) return Promise.resolve();
    this.pending.push(frame);
    this.draining ??= this.drain().finally(() => {
      this.draining = undefined;
    });
    return this.draining;
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) {
      const frames = this.pending;
      this.pending = [];
      await this.apply(frames);
    }
  }

  private async apply(frames: SyncBatchFrame[]): Promise<void> {
    const phone = this.phone;
    if (!phone) return;
    const { db } = this;
    let arrived: SyncedMessage[] = [];
    const keepAfter = await this.keepAfter();
    const tables = [db.messages, db.threads, db.contacts, db.cursors, db.outbox];
    const gap = await db.transaction('rw', tables, async () => {
      const cursor = (await db.cursors.get(phone)) ?? { phone, seq: 0, head: 0, at: 0 };
      const plan = planBatch(
        cursor.seq,
        frames.flatMap((f) => f.changes),
      );
      const head = Math.max(cursor.head, ...frames.map((f) => f.head));
      if (plan.kind === 'resync') return plan.reason;
      if (plan.kind === 'apply') arrived = await applyChanges(db, plan.changes, keepAfter);
      await db.cursors.put({
        phone,
        seq: plan.kind === 'apply' ? plan.cursor : cursor.seq,
        head,
        at: Date.now(),
      });
      return undefined;
    });
    if (gap === undefined) {
      this.resyncAsked = false;
      if (arrived.length > 0) this.onIncoming(arrived);
      return;
    }
    // Batches of the old stream may still be on their way: one pull until something applies again.
    if (this.resyncAsked) return;
    this.resyncAsked = true;
    console.warn(`PeerText sync: ${gap} Asking again.`);
    const cursor = (await db.cursors.get(phone))?.seq ?? 0;
    this.send?.({ type: 'sync/pull', after: cursor });
  }
}
