import { advanceState, type MessageState } from '@core/message/message-state';
import type { SyncedMessage } from '@core/sync/synced-message';
import { latestThreadTexts } from '@web/latest-thread-texts';
import type { ExtensionDb } from './extension-db';

export interface ThreadMessage {
  id: string;
  direction: 'in' | 'out';
  body: string;
  date: number;
  state?: MessageState;
  reason?: string;
}

/** Outbox rows looked at for a thread: the ones the phone may not have mirrored back yet. */
const RECENT_OUTBOX = 500;

/**
 * One conversation, oldest first: the phone's messages, plus texts from this computer's outbox that
 * the phone has not mirrored yet (queued while it was away). Merged by id, so a text shows once, with
 * the further of the two states.
 */
export async function threadMessages(
  db: ExtensionDb,
  address: string,
  limit = 200,
): Promise<ThreadMessage[]> {
  const synced = await latestThreadTexts(db.messages, address, limit);
  const byId = new Map<string, ThreadMessage>(synced.map((m) => [m.id, fromSynced(m)]));
  const outbox = await db.outbox.orderBy('createdAt').reverse().limit(RECENT_OUTBOX).toArray();
  for (const sent of outbox) {
    if (sent.to !== address) continue;
    const mirrored = byId.get(sent.msgId);
    if (!mirrored) {
      byId.set(sent.msgId, {
        id: sent.msgId,
        direction: 'out',
        body: sent.body,
        date: sent.createdAt,
        state: sent.state,
        ...(sent.reason ? { reason: sent.reason } : {}),
      });
    } else if (mirrored.state) {
      const state = advanceState(mirrored.state, sent.state);
      if (state !== mirrored.state)
        byId.set(sent.msgId, { ...mirrored, state, ...(sent.reason ? { reason: sent.reason } : {}) });
    }
  }
  return [...byId.values()].sort((a, b) => a.date - b.date || (a.id < b.id ? -1 : 1));
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
