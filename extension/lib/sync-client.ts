import type { SyncBatchFrame, SyncPullFrame } from '@core/protocol/frames';
import { foldThreads } from '@core/sync/fold-threads';
import { planBatch } from '@core/sync/plan-batch';
import type { Change, SyncedMessage } from '@core/sync/synced-message';
import { threadsAfterDeletes } from '@web/thread-after-deletes';
import type { ExtensionDb, Thread } from './extension-db';

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
    const gap = await db.transaction('rw', [db.messages, db.threads, db.contacts, db.cursors], async () => {
      const cursor = (await db.cursors.get(phone)) ?? { phone, seq: 0, head: 0, at: 0 };
      const plan = planBatch(
        cursor.seq,
        frames.flatMap((f) => f.changes),
      );
      const head = Math.max(cursor.head, ...frames.map((f) => f.head));
      if (plan.kind === 'resync') return plan.reason;
      if (plan.kind === 'apply') arrived = await applyChanges(db, plan.changes);
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

/**
 * Messages by id (a later change to the same id replaces it), each touched thread once, and the
 * contact names the phone looked up. Returns
 * the incoming texts that are new and unread.
 */
async function applyChanges(db: ExtensionDb, changes: Change[]): Promise<SyncedMessage[]> {
  const latest = new Map<string, SyncedMessage | undefined>();
  const names = new Map<string, string>();
  for (const change of changes) {
    if (change.op === 'put') latest.set(change.message.id, change.message);
    else if (change.op === 'delete') latest.set(change.id, undefined);
    else names.set(change.address, change.name);
  }
  if (names.size > 0) {
    const named = [...names].filter(([, name]) => name !== '');
    await db.contacts.bulkPut(named.map(([address, name]) => ({ address, name })));
    await db.contacts.bulkDelete([...names].filter(([, name]) => name === '').map(([address]) => address));
  }
  const ids = [...latest.keys()];
  // Only a new unread text changes a count: look up just those (none in a first sync of history).
  const unreadIds = ids.filter((id) => {
    const m = latest.get(id);
    return m?.direction === 'in' && !m.read;
  });
  const known = new Set((await db.messages.bulkGet(unreadIds)).flatMap((m) => (m ? [m.id] : [])));
  const puts = [...latest.values()].filter((m): m is SyncedMessage => m !== undefined);
  await db.messages.bulkPut(puts);
  const deletes = ids.filter((id) => latest.get(id) === undefined);
  const gone = (await db.messages.bulkGet(deletes)).filter((m): m is SyncedMessage => m !== undefined);
  if (gone.length > 0) await db.messages.bulkDelete(gone.map((m) => m.id));

  const addresses = [...new Set(puts.map((m) => m.address))];
  const stored = (await db.threads.bulkGet(addresses)).filter((t): t is Thread => t !== undefined);
  const arrived = puts.filter((m) => !known.has(m.id) && m.direction === 'in' && !m.read);
  const fresh = new Set(arrived);
  await db.threads.bulkPut(foldThreads(stored, puts, (m) => fresh.has(m)));
  if (gone.length > 0) await threadsAfterDeletes(db.messages, db.threads, gone);
  return arrived;
}
