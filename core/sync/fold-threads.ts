import type { SyncedMessage } from './synced-message';

/** One conversation as a list shows it: kept up to date as messages arrive, so no list scans messages. */
export interface ThreadSummary {
  address: string;
  lastDate: number;
  lastBody: string;
  lastDirection: 'in' | 'out';
  unread: number;
}

export const PREVIEW_CHARS = 200;

/**
 * Folds messages into the summaries of their threads. `known` are the summaries stored so far for
 * those addresses; `isNewUnread` says which messages add to a count (new incoming texts, not a
 * repeat of one already counted). Returns every touched summary, to be stored.
 */
export function foldThreads(
  known: readonly ThreadSummary[],
  messages: readonly SyncedMessage[],
  isNewUnread: (message: SyncedMessage) => boolean,
): ThreadSummary[] {
  const touched = new Map(known.map((t) => [t.address, { ...t }]));
  for (const message of messages) {
    const thread = touched.get(message.address) ?? {
      address: message.address,
      lastDate: 0,
      lastBody: '',
      lastDirection: message.direction,
      unread: 0,
    };
    if (isNewUnread(message)) thread.unread += 1;
    if (message.date >= thread.lastDate) {
      thread.lastDate = message.date;
      thread.lastBody = message.body.slice(0, PREVIEW_CHARS);
      thread.lastDirection = message.direction;
    }
    touched.set(message.address, thread);
  }
  return [...touched.values()];
}
