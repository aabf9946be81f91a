import { foldThreads } from '@core/sync/fold-threads';
import type { Change, SyncedMessage } from '@core/sync/synced-message';
import { threadsAfterDeletes } from '@web/thread-after-deletes';
import type { PhoneDb } from '../db/phone-db';
import { forgetRequestBodies, tombstoneEarlierPuts } from './forget-bodies';

/**
 * Stores a message, logs the change and updates its thread, in one transaction (the caller's, when it already holds
 * `messages`, `changes` and `threads`): a computer can then never see a message the log does not explain.
 * Returns false when nothing changed, so re-importing or a repeated event logs nothing.
 */
export async function recordMessage(db: PhoneDb, message: SyncedMessage): Promise<boolean> {
  return db.transaction('rw', [db.messages, db.changes, db.threads], async () => {
    const existing = await db.messages.get(message.id);
    if (existing && sameMessage(existing, message)) return false;
    await db.messages.put(message);
    await db.changes.add({ op: 'put', message } as Change);
    const thread = await db.threads.get(message.address);
    const isNewUnread = (m: SyncedMessage) => !existing && m.direction === 'in' && !m.read;
    await db.threads.bulkPut(foldThreads(thread ? [thread] : [], [message], isNewUnread));
    return true;
  });
}

/**
 * Removes texts deleted from the phone's store, logging each so computers remove them too. Their
 * bodies leave the phone with them: earlier log entries become tombstones and a computer's send
 * request for one keeps no body (see forget-bodies.ts).
 */
export async function recordDeletions(db: PhoneDb, ids: readonly string[]): Promise<number> {
  return db.transaction('rw', [db.messages, db.changes, db.threads, db.storeLinks, db.requests], async () => {
    const gone = (await db.messages.bulkGet([...ids])).filter((m): m is SyncedMessage => m !== undefined);
    if (gone.length === 0) return 0;
    await db.messages.bulkDelete(gone.map((m) => m.id));
    const goneIds = new Set(gone.map((m) => m.id));
    await tombstoneEarlierPuts(db, (id) => goneIds.has(id));
    await forgetRequestBodies(db, [...goneIds]);
    await db.changes.bulkAdd(gone.map((m) => ({ op: 'delete', id: m.id }) as Change));
    await db.storeLinks
      .where('messageId')
      .anyOf(gone.map((m) => m.id))
      .delete();
    await threadsAfterDeletes(db.messages, db.threads, gone);
    return gone.length;
  });
}

/** The log after `after`, oldest first. */
export function changesAfter(db: PhoneDb, after: number, limit: number): Promise<Change[]> {
  return db.changes.where('seq').above(after).limit(limit).toArray();
}

/** The newest change's number, 0 for an empty log. */
export async function logHead(db: PhoneDb): Promise<number> {
  return ((await db.changes.orderBy('seq').lastKey()) as number | undefined) ?? 0;
}

function sameMessage(a: SyncedMessage, b: SyncedMessage): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof SyncedMessage>;
  for (const key of keys) if (a[key] !== b[key]) return false;
  return true;
}
