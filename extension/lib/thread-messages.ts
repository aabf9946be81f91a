import { advanceState, type MessageState } from '@core/message/message-state';
import type { SyncedMessage } from '@core/sync/synced-message';
import { latestThreadTexts } from '@web/latest-thread-texts';
import type { ExtensionDb, OutboxMessage } from './extension-db';

export interface ThreadMessage {
  id: string;
  direction: 'in' | 'out';
  body: string;
  date: number;
  state?: MessageState;
  reason?: string;
}

/** Outbox rows looked at: the newest ones, the only ones the phone may not have mirrored back yet. */
const RECENT_OUTBOX = 500;

/** This computer's recent texts, and which of them the phone has mirrored into `messages` already. */
export interface RecentOutbox {
  rows: OutboxMessage[];
  mirrored: ReadonlySet<string>;
}

/**
 * The newest outbox rows (for one address, or all), with their mirrored ids: the phone keeps a
 * computer's text under the computer's msgId (pwa outgoingMessage), so a lookup by id finds its copy.
 * Whether a row is mirrored is asked of the store, not of a window of the thread, so an old sent text
 * never comes back as if unsent.
 */
export async function recentOutbox(db: ExtensionDb, address?: string): Promise<RecentOutbox> {
  const newest = await db.outbox.orderBy('createdAt').reverse().limit(RECENT_OUTBOX).toArray();
  const rows = address === undefined ? newest : newest.filter((sent) => sent.to === address);
  const copies = await db.messages.bulkGet(rows.map((sent) => sent.msgId));
  return { rows, mirrored: new Set(copies.flatMap((m) => (m ? [m.id] : []))) };
}

/**
 * One conversation's texts, oldest first: `synced` (its newest phone texts) merged with `outbox` (this
 * computer's texts to it). A mirrored text shows once, as the phone has it, with the further of the
 * two states; a text not mirrored yet (queued, or on a phone that records it only once sent) shows as
 * the outbox has it. The one merge behind both the thread and the conversation list, so the two
 * always agree on a conversation's latest text.
 */
export function mergeOutbox(
  synced: readonly SyncedMessage[],
  outbox: RecentOutbox,
  address: string,
): ThreadMessage[] {
  const byId = new Map<string, ThreadMessage>(synced.map((m) => [m.id, fromSynced(m)]));
  for (const sent of outbox.rows) {
    if (sent.to !== address) continue;
    const shown = byId.get(sent.msgId);
    if (!shown) {
      // Mirrored but older than the texts asked for: it is not one of them.
      if (outbox.mirrored.has(sent.msgId)) continue;
      byId.set(sent.msgId, {
        id: sent.msgId,
        direction: 'out',
        body: sent.body,
        date: sent.createdAt,
        state: sent.state,
        ...(sent.reason ? { reason: sent.reason } : {}),
      });
    } else if (shown.state) {
      const state = advanceState(shown.state, sent.state);
      if (state !== shown.state)
        byId.set(sent.msgId, { ...shown, state, ...(sent.reason ? { reason: sent.reason } : {}) });
    }
  }
  // Date, then id: the order of the `[address+date]` index, whose ties go by primary key.
  return [...byId.values()].sort((a, b) => a.date - b.date || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One conversation, oldest first: its newest `limit` phone texts and this computer's unmirrored ones. */
export async function threadMessages(
  db: ExtensionDb,
  address: string,
  limit = 200,
): Promise<ThreadMessage[]> {
  const [synced, outbox] = await Promise.all([
    latestThreadTexts(db.messages, address, limit),
    recentOutbox(db, address),
  ]);
  return mergeOutbox(synced, outbox, address);
}

function fromSynced(m: SyncedMessage): ThreadMessage {
  return {
    id: m.id,
    direction: m.direction,
    body: m.body,
    date: m.date,
    ...(m.state ? { state: m.state } : {}),
    ...(m.reason ? { reason: m.reason } : {}),
  };
}
