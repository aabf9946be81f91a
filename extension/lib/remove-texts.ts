import { clearCachedConversations } from './conversation-cache';
import type { ExtensionDb } from './extension-db';

/**
 * Everything this computer holds of a phone's texts: messages, conversations, contact names, the
 * sync cursor (so a later pairing syncs from the start instead of assuming it has them), the outbox
 * and the compose draft. One transaction, so nothing is left half removed. Pairing, keys and
 * settings stay. Every phone's at once: the texts are not kept per phone, and unpairing unpins all.
 * The popup's cached list (conversation-cache.ts) goes first, so no preview outlives its text.
 */
export async function removeTexts(db: ExtensionDb): Promise<void> {
  clearCachedConversations();
  const tables = [db.messages, db.threads, db.contacts, db.cursors, db.outbox, db.kv];
  await db.transaction('rw', tables, async () => {
    await Promise.all([
      db.messages.clear(),
      db.threads.clear(),
      db.contacts.clear(),
      db.cursors.clear(),
      db.outbox.clear(),
      db.kv.delete('draft'),
    ]);
  });
}
