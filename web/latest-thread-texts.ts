import type { SyncedMessage } from '@core/sync/synced-message';
import { Dexie, type EntityTable } from 'dexie';

/** The newest `limit` texts of one conversation, oldest first, through the `[address+date]` index. */
export async function latestThreadTexts(
  messages: EntityTable<SyncedMessage, 'id'>,
  address: string,
  limit: number,
): Promise<SyncedMessage[]> {
  const newest = await messages
    .where('[address+date]')
    .between([address, Dexie.minKey], [address, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
  return newest.reverse();
}
