/** A row of the phone's SMS store, its address already normalised like every thread key. */
export interface StoreRow {
  id: number;
  box: 'inbox' | 'sent';
  address: string;
  body: string;
  date: number;
}

/** A text this page already holds that the store is expected to show as a row of its own. */
export interface KnownText {
  messageId: string;
  box: 'inbox' | 'sent';
  address: string;
  body: string;
  /** The store's row for it is dated within this window. */
  from: number;
  to: number;
}

/**
 * Ties new store rows to texts the page recorded before the store had them: its own sends (the
 * system writes them to the sent box) and texts reported live by `sms-received` (the default SMS
 * app writes them to the inbox). Each known text takes at most one row and each row at most one
 * text, earliest first, so two identical texts stay two messages. Returns row id → message id;
 * rows left out are texts this page never saw (sent from another app, missed while stopped).
 */
export function matchStoreRows(rows: readonly StoreRow[], known: readonly KnownText[]): Map<number, string> {
  const open = [...known].sort((a, b) => a.from - b.from);
  const taken = new Set<string>();
  const matches = new Map<number, string>();
  for (const row of [...rows].sort((a, b) => a.date - b.date || a.id - b.id)) {
    const text = open.find(
      (k) =>
        !taken.has(k.messageId) &&
        k.box === row.box &&
        k.address === row.address &&
        k.body === row.body &&
        row.date >= k.from &&
        row.date <= k.to,
    );
    if (!text) continue;
    taken.add(text.messageId);
    matches.set(row.id, text.messageId);
  }
  return matches;
}
