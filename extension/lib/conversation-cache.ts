/**
 * The conversation list as the person last saw it, so the popup can paint it at once on opening
 * (before IndexedDB opens and libphonenumber-js loads); the live query replaces it as soon as it
 * answers. Privacy: it holds only what the list showed (at most its rows, each preview cut to a line)
 * of texts already stored in this profile's IndexedDB; localStorage is the same profile and origin.
 * Whatever removes texts clears it too (remove-texts.ts, retention.ts, phone deletions, unpairing).
 */
import type { Conversation } from './conversation-list';
import { i18n, stateLabel } from './i18n';

/** One row as the list rendered it: formatting already done, so painting it needs no libraries. */
export interface ShownConversation {
  address: string;
  /** The contact's name, or the number as it was formatted. */
  who: string;
  whoIsNumber: boolean;
  date: number;
  /** "You: " and the text, cut to what one line can show. */
  last: string;
  /** The state label of a text sent from here. */
  state?: string;
  unread: number;
}

const KEY = 'peertext:conversations';
export const CACHED_ROWS = 50;
export const CACHED_PREVIEW = 100;

/** A live row as the list shows it; `number` is the number as the person reads it. */
export function showConversation(c: Conversation, number: (address: string) => string): ShownConversation {
  const { latest } = c;
  return {
    address: c.address,
    who: c.name ?? number(c.address),
    whoIsNumber: c.name === undefined,
    date: latest.date,
    last: (latest.direction === 'out'
      ? i18n.t('conversations.you', { body: latest.body })
      : latest.body
    ).slice(0, CACHED_PREVIEW),
    ...(latest.direction === 'out' && latest.state ? { state: stateLabel(latest.state) } : {}),
    unread: c.unread,
  };
}

/** localStorage where the page has one: not in a service worker, nor in unit tests under node. */
function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** The rows last written, or undefined (none, or unreadable: then the list waits for the live query). */
export function readCachedConversations(): ShownConversation[] | undefined {
  try {
    const text = storage()?.getItem(KEY);
    if (!text) return undefined;
    const rows: unknown = JSON.parse(text);
    return Array.isArray(rows) && rows.every(isShown) ? rows : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps what the list shows now, cut to the cached rows and preview; written only when it changed. */
export function cacheConversations(rows: readonly ShownConversation[]): void {
  const kept = rows.slice(0, CACHED_ROWS).map((row) => ({ ...row, last: row.last.slice(0, CACHED_PREVIEW) }));
  const text = JSON.stringify(kept);
  try {
    const store = storage();
    if (store && store.getItem(KEY) !== text) store.setItem(KEY, text);
  } catch {
    // Full or refused: the next popup just paints without it.
  }
}

export function clearCachedConversations(): void {
  try {
    storage()?.removeItem(KEY);
  } catch {
    // No storage here: nothing was cached here either.
  }
}

function isShown(row: unknown): row is ShownConversation {
  if (typeof row !== 'object' || row === null) return false;
  const r = row as Record<string, unknown>;
  return (
    typeof r['address'] === 'string' &&
    typeof r['who'] === 'string' &&
    typeof r['date'] === 'number' &&
    typeof r['last'] === 'string' &&
    typeof r['unread'] === 'number'
  );
}
