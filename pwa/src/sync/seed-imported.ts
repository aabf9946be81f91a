import type { PhoneDb } from '../db/phone-db';
import type { Row } from './fake-inbox';
import { storedMessage } from './read-new-rows';

/**
 * For tests and the inbox benchmark: this page's store as a finished import of `rows` leaves it (each
 * row as `inbox:<id>`, the high-water mark at the last), written in bulk: importing 50,000 rows one
 * page at a time would take fake-indexeddb a minute before anything is measured.
 */
export async function seedImported(
  db: PhoneDb,
  rows: readonly Row[],
  address = '+447911123456',
): Promise<void> {
  await db.transaction('rw', [db.messages, db.inboxImport], async () => {
    await db.messages.bulkAdd(rows.map((row) => storedMessage({ ...row, address })));
    const afterId = rows.reduce((top, row) => Math.max(top, row.id), 0);
    await db.inboxImport.put({ key: 'inbox-import', afterId, done: true });
  });
}
