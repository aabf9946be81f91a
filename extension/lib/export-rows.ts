import type { MessageState } from '@core/message/message-state';
import type { SyncedMessage } from '@core/sync/synced-message';
import { Dexie } from 'dexie';
import type { ExtensionDb } from './extension-db';

/** One text as an export writes it. */
export interface ExportRow {
  id: string;
  address: string;
  name?: string;
  direction: 'in' | 'out';
  body: string;
  date: number;
  state?: MessageState;
  /** The phone cut the body to fit one frame: the export says so rather than pass it off as whole. */
  truncated?: true;
}

/** One conversation's texts, oldest first, a page at a time. */
export interface ExportConversation {
  address: string;
  name?: string;
  pages: AsyncIterable<ExportRow[]>;
}

/** Rows read per IndexedDB request: a person may have 100,000 texts, which are never read at once. */
export const EXPORT_PAGE = 1000;

/**
 * The conversations to export: the one of `address`, or every thread, by address. Their texts are
 * the phone's, as mirrored here (the messages table); a text still only in this computer's outbox
 * has not been sent and is not part of the record.
 */
export async function* exportConversations(
  db: ExtensionDb,
  address?: string,
  pageSize = EXPORT_PAGE,
): AsyncGenerator<ExportConversation> {
  const addresses = address === undefined ? await db.threads.orderBy('address').primaryKeys() : [address];
  for (const each of addresses) {
    const name = (await db.contacts.get(each))?.name || undefined;
    yield {
      address: each,
      ...(name ? { name } : {}),
      pages: conversationPages(db, each, name, pageSize),
    };
  }
}

/**
 * Pages through the `[address+date]` index from the last (date, id) read, so each page costs the
 * same however deep into the conversation it is (an offset would rescan every earlier row). Texts of
 * the same millisecond are told apart by id: the index orders them so, after the date.
 */
async function* conversationPages(
  db: ExtensionDb,
  address: string,
  name: string | undefined,
  pageSize: number,
): AsyncGenerator<ExportRow[]> {
  let after: { date: number; id: string } | undefined;
  for (;;) {
    const from = after;
    const page = await db.messages
      .where('[address+date]')
      .between([address, from?.date ?? Dexie.minKey], [address, Dexie.maxKey], true, true)
      .filter((m) => !from || m.date > from.date || m.id > from.id)
      .limit(pageSize)
      .toArray();
    if (page.length === 0) return;
    yield page.map((m) => toRow(m, name));
    const last = page.at(-1)!;
    after = { date: last.date, id: last.id };
    if (page.length < pageSize) return;
  }
}

function toRow(m: SyncedMessage, name: string | undefined): ExportRow {
  return {
    id: m.id,
    address: m.address,
    ...(name ? { name } : {}),
    direction: m.direction,
    body: m.body,
    date: m.date,
    ...(m.state ? { state: m.state } : {}),
    ...(m.truncated ? { truncated: true as const } : {}),
  };
}
