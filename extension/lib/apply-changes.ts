import { foldThreads } from '@core/sync/fold-threads';
import type { Change, SyncedMessage } from '@core/sync/synced-message';
import { threadsAfterDeletes } from '@web/thread-after-deletes';
import { clearCachedConversations } from './conversation-cache';
import type { ExtensionDb, Thread } from './extension-db';

/**
 * Applies a run of the phone's changes, in the caller's transaction (messages, threads, contacts,
 * outbox): messages by id (a later change to the same id replaces it), each touched thread once, and
 * the contact names the phone looked up. A deleted text leaves this computer's outbox too, where a
 * text sent from here kept its body. A text dated before `keepAfter` is not stored (the retention
 * setting): an old text the phone changes again, or a sync from 0, does not bring back what was
 * pruned. Returns the incoming texts that are new and unread.
 */
export async function applyChanges(
  db: ExtensionDb,
  changes: Change[],
  keepAfter = 0,
): Promise<SyncedMessage[]> {
  const latest = new Map<string, SyncedMessage | undefined>();
  const names = new Map<string, string>();
  for (const change of changes) {
    if (change.op === 'put')
      latest.set(change.message.id, change.message.date < keepAfter ? undefined : change.message);
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
  await db.outbox.bulkDelete(changes.flatMap((c) => (c.op === 'delete' ? [c.id] : [])));

  const addresses = [...new Set(puts.map((m) => m.address))];
  const stored = (await db.threads.bulkGet(addresses)).filter((t): t is Thread => t !== undefined);
  const arrived = puts.filter((m) => !known.has(m.id) && m.direction === 'in' && !m.read);
  const fresh = new Set(arrived);
  await db.threads.bulkPut(foldThreads(stored, puts, (m) => fresh.has(m)));
  if (gone.length > 0) {
    // Deleted on the phone: its preview must not wait in the popup's cached list for the next open.
    clearCachedConversations();
    await threadsAfterDeletes(db.messages, db.threads, gone);
  }
  return arrived;
}
