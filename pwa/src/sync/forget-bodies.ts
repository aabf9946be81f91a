import type { Change } from '@core/sync/synced-message';
import type { PhoneDb } from '../db/phone-db';

/**
 * What a deletion on the phone must also reach so the body is gone from this page's store, not only
 * from the screen: the change log (any computer may pull it from 0) and a computer's send request.
 * Call inside a transaction that holds `changes` (and `requests` for the second).
 */

/**
 * Every `put` of a gone message becomes a tombstone under its own number: the body leaves the log,
 * and the numbering stays whole, since a computer refuses a gap (core/sync/plan-batch.ts). The log
 * has no index on the message id (adding one is a schema change), so this reads the log once.
 */
export async function tombstoneEarlierPuts(db: PhoneDb, isGone: (id: string) => boolean): Promise<number> {
  const stale = await db.changes.filter((c) => c.op === 'put' && isGone(c.message.id)).toArray();
  await db.changes.bulkPut(
    stale.map((c) => ({ seq: c.seq, op: 'delete', id: (c as Extract<Change, { op: 'put' }>).message.id })),
  );
  return stale.length;
}

/**
 * A computer's send request for a deleted text keeps who it went to and how it ended (the guards
 * count it), not what it said; `bodyRemoved` also stops a late radio report from logging it again.
 */
export async function forgetRequestBodies(db: PhoneDb, ids: readonly string[]): Promise<void> {
  await db.requests
    .where('msgId')
    .anyOf([...ids])
    .modify({ body: '', bodyRemoved: true });
}

/**
 * For logs written before deletions did the above: any `put` of a message no longer stored becomes a
 * tombstone. Idempotent; one read of the log and of the message ids.
 */
export async function scrubDeletedFromLog(db: PhoneDb): Promise<number> {
  return db.transaction('rw', [db.messages, db.changes], async () => {
    const stored = new Set((await db.messages.toCollection().primaryKeys()) as string[]);
    return tombstoneEarlierPuts(db, (id) => !stored.has(id));
  });
}
