import { latestThreadTexts } from '@web/latest-thread-texts';
import type { ExtensionDb } from './extension-db';
import { mergeOutbox, type RecentOutbox, recentOutbox, type ThreadMessage } from './thread-messages';

/** One row of the conversation list: whose, its latest text (as its thread shows it) and unread count. */
export interface Conversation {
  address: string;
  name?: string;
  latest: ThreadMessage;
  unread: number;
}

/**
 * The latest text of a conversation: the newest of the thread's own merge (thread-messages.ts), asked
 * for one phone text. The thread's newest text is the same one, by construction.
 */
export async function latestText(
  db: ExtensionDb,
  address: string,
  outbox?: RecentOutbox,
): Promise<ThreadMessage | undefined> {
  const [synced, sent] = await Promise.all([
    latestThreadTexts(db.messages, address, 1),
    outbox ?? recentOutbox(db, address),
  ]);
  return mergeOutbox(synced, sent, address).at(-1);
}

/**
 * The newest `limit` conversations. The `threads` rows pick the candidates and keep the unread counts;
 * a text sent from here that the phone has not mirrored yet adds its conversation at once (a new
 * number has no row until the phone records the text, which without the Android app is only once it
 * is tapped there). Each row shows `latestText`, not the row's own preview, so list and thread agree.
 */
export function conversationList(db: ExtensionDb, limit: number): Promise<Conversation[]> {
  // One read transaction for its 50-odd lookups rather than one each: it runs again on every synced batch.
  return db.transaction('r', [db.threads, db.outbox, db.messages, db.contacts], () => listIn(db, limit));
}

async function listIn(db: ExtensionDb, limit: number): Promise<Conversation[]> {
  const [rows, outbox] = await Promise.all([
    db.threads.orderBy('lastDate').reverse().limit(limit).toArray(),
    recentOutbox(db),
  ]);
  const unread = new Map(rows.map((t) => [t.address, t.unread]));
  for (const sent of outbox.rows)
    if (!outbox.mirrored.has(sent.msgId)) unread.set(sent.to, unread.get(sent.to) ?? 0);
  const addresses = [...unread.keys()];
  const [latest, names] = await Promise.all([
    Promise.all(addresses.map((address) => latestText(db, address, outbox))),
    db.contacts.bulkGet(addresses),
  ]);
  const list: Conversation[] = [];
  for (const [i, address] of addresses.entries()) {
    const text = latest[i];
    // A row with no text left is a leftover: its thread would say "No texts yet".
    if (!text) continue;
    const name = names[i]?.name;
    list.push({ address, ...(name ? { name } : {}), latest: text, unread: unread.get(address) ?? 0 });
  }
  list.sort((a, b) => b.latest.date - a.latest.date || (a.address < b.address ? -1 : 1));
  return list.slice(0, limit);
}
