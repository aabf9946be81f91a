import type { ReadInboxResult } from '@core/bridge/bridge-contract';
import type { SyncedMessage } from '@core/sync/synced-message';
import type { PhoneDb } from '../db/phone-db';
import type { InboxSource } from './inbox-source';
import { type KnownText, matchStoreRows, type StoreRow } from './match-store-rows';
import { recordMessage } from './message-log';

const PAGE = 500;
/** How far a store row's date may be from the live report of the same received text. */
const RECEIVED_WINDOW_MS = 10 * 60_000;
/** A send's row is dated when the radio took it: after the request came, up to a day later if held. */
const SEND_SLACK_MS = 60_000;
const SEND_WINDOW_MS = 24 * 60 * 60_000;

/**
 * Reads the store's rows past the high-water mark (`inboxImport.afterId`, the highest row id read,
 * kept in this page's store), all of them the first time: the store's ids only grow, so what lies
 * past the mark is exactly what is new, whatever the store's size. A row for a text already known
 * under another id is linked to it, not recorded twice.
 */
export async function readNewRows(
  db: PhoneDb,
  source: InboxSource,
  address: (raw: string) => string,
): Promise<void> {
  let state = (await db.inboxImport.get('inbox-import')) ?? {
    key: 'inbox-import' as const,
    afterId: 0,
    done: false,
  };
  for (;;) {
    const page = await source.sendMessage('readInbox', { afterId: state.afterId, limit: PAGE });
    const rows = page.messages.map((m) => ({ ...m, address: address(m.address) }));
    const last = page.done || rows.length === 0;
    state = { key: 'inbox-import', afterId: page.nextAfterId, done: state.done || last };
    // The page and the progress commit together: a reload neither skips nor repeats.
    await db.transaction(
      'rw',
      [db.messages, db.changes, db.threads, db.inboxImport, db.storeLinks, db.requests],
      async () => {
        const links = matchStoreRows(rows, await knownTexts(db, rows));
        await db.storeLinks.bulkPut([...links].map(([rowId, messageId]) => ({ rowId, messageId })));
        for (const row of rows) if (!links.has(row.id)) await recordMessage(db, storedMessage(row));
        await db.inboxImport.put(state);
      },
    );
    if (last) return;
  }
}

/** Texts recorded under another id near these rows' dates whose row has not been seen yet. */
async function knownTexts(db: PhoneDb, rows: readonly StoreRow[]): Promise<KnownText[]> {
  if (rows.length === 0) return [];
  const dates = rows.map((r) => r.date);
  const [from, to] = [Math.min(...dates), Math.max(...dates)];
  const sends = await db.requests
    .where('createdAt')
    .between(from - SEND_WINDOW_MS, to + SEND_SLACK_MS, true, true)
    .filter((r) => r.dispatch === 'started' && r.state !== 'failed' && !r.bodyRemoved)
    .toArray();
  const live = await db.messages
    .where('date')
    .between(from - RECEIVED_WINDOW_MS, to + RECEIVED_WINDOW_MS, true, true)
    .filter((m) => m.id.startsWith('rx:'))
    .toArray();
  const text = (messageId: string, box: KnownText['box'], address: string, body: string) => ({
    messageId,
    box,
    address,
    body,
  });
  const known: KnownText[] = [
    ...sends.map((r) => ({
      ...text(r.msgId, 'sent', r.to, r.body),
      from: r.createdAt - SEND_SLACK_MS,
      to: r.createdAt + SEND_WINDOW_MS,
    })),
    ...live.map((m) => ({
      ...text(m.id, 'inbox', m.address, m.body),
      from: m.date - RECEIVED_WINDOW_MS,
      to: m.date + RECEIVED_WINDOW_MS,
    })),
  ];
  const linked = new Set(
    (
      await db.storeLinks
        .where('messageId')
        .anyOf(known.map((k) => k.messageId))
        .toArray()
    ).map((l) => l.messageId),
  );
  return known.filter((k) => !linked.has(k.messageId));
}

/** A store row recorded under its own id, `inbox:<row>`. */
export function storedMessage(row: ReadInboxResult['messages'][number]): SyncedMessage {
  return {
    id: `inbox:${row.id}`,
    address: row.address,
    direction: row.box === 'inbox' ? 'in' : 'out',
    body: row.body,
    date: row.date,
    ...(row.box === 'sent' ? { state: 'sent' as const } : { read: row.read }),
    ...(row.simId === undefined ? {} : { simId: row.simId }),
  };
}
