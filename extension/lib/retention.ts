import { threadsAfterDeletes } from '@web/thread-after-deletes';
import { clearCachedConversations } from './conversation-cache';
import { db } from './extension-db';
import { readKv } from './kv';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The choices the options page offers, in days; no choice (unset) keeps every text. */
export const KEEP_DAYS = [30, 90, 365] as const;

/** Texts dated before this are not kept on this computer: 0 keeps everything. */
export async function keepTextsAfter(now = Date.now()): Promise<number> {
  const days = await readKv('keepTextsDays');
  return days ? now - days * DAY_MS : 0;
}

/**
 * Removes the texts older than the retention setting, and fixes their threads, in one transaction.
 * The sync cursor is left alone: the phone does not send them again, and sync refuses to store them
 * (keepTextsAfter), so nothing pruned comes back. Returns how many texts went.
 */
export async function pruneOldTexts(now = Date.now()): Promise<number> {
  const cutoff = await keepTextsAfter(now);
  if (!cutoff) return 0;
  return db.transaction('rw', db.messages, db.threads, async () => {
    // No date index: this runs at start and hourly, a scan is cheap next to a sync.
    const old = await db.messages.filter((message) => message.date < cutoff).toArray();
    if (old.length === 0) return 0;
    // A pruned text's preview may be in the popup's cached list: it is painted from the live one next.
    clearCachedConversations();
    await db.messages.bulkDelete(old.map((message) => message.id));
    await threadsAfterDeletes(db.messages, db.threads, old);
    return old.length;
  });
}
