import type { PhoneDb } from '../pwa/src/db/phone-db';
import type { InboxSource } from '../pwa/src/sync/inbox-source';
import { recordDeletions } from '../pwa/src/sync/message-log';

const ID_PAGE = 5000;

/**
 * The baseline of bench/inbox-follow.ts: how the phone looked for deletions on every
 * `inbox-changed` until 7a45b14, kept here only to be measured beside its replacement. It lists
 * every id in the SMS store and reads every `inbox:` key and every link of this page's store.
 */
export async function findDeletionsByFullScan(db: PhoneDb, source: InboxSource): Promise<void> {
  const state = await db.inboxImport.get('inbox-import');
  if (!state?.done) return;
  const present = new Set<number>();
  for (let afterId = 0; ; ) {
    const page = await source.sendMessage('listInboxIds', { afterId, limit: ID_PAGE });
    for (const id of page.ids) present.add(id);
    if (page.done || page.ids.length === 0) break;
    afterId = page.nextAfterId;
  }
  const gone = (row: number) => row <= state.afterId && !present.has(row);
  const stored = (await db.messages.where('id').startsWith('inbox:').primaryKeys()) as string[];
  const links = await db.storeLinks.toArray();
  const ids = [
    ...stored.filter((id) => gone(Number(id.slice('inbox:'.length)))),
    ...links.filter((l) => gone(l.rowId)).map((l) => l.messageId),
  ];
  if (ids.length > 0) await recordDeletions(db, ids);
}
