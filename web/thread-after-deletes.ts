import { PREVIEW_CHARS, type ThreadSummary } from '@core/sync/fold-threads';
import type { SyncedMessage } from '@core/sync/synced-message';
import type { EntityTable } from 'dexie';
import { latestThreadTexts } from './latest-thread-texts';

/**
 * Thread summaries once `deleted` are gone from `messages`: the newest remaining text of each
 * touched thread, its unread count less the deleted unread texts, or no thread when none remain.
 * Call it in the transaction that deleted them.
 */
export async function threadsAfterDeletes(
  messages: EntityTable<SyncedMessage, 'id'>,
  threads: EntityTable<ThreadSummary, 'address'>,
  deleted: readonly SyncedMessage[],
): Promise<void> {
  for (const address of new Set(deleted.map((m) => m.address))) {
    const thread = await threads.get(address);
    const [newest] = await latestThreadTexts(messages, address, 1);
    if (!newest) {
      await threads.delete(address);
      continue;
    }
    const unreadGone = deleted.filter((m) => m.address === address && m.direction === 'in' && !m.read).length;
    await threads.put({
      address,
      lastDate: newest.date,
      lastBody: newest.body.slice(0, PREVIEW_CHARS),
      lastDirection: newest.direction,
      unread: Math.max(0, (thread?.unread ?? 0) - unreadGone),
    });
  }
}
