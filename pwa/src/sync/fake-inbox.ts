import type {
  AckInboundResult,
  BridgeEvent,
  ListInboxIdsResult,
  ReadInboxResult,
} from '@core/bridge/bridge-contract';
import type { PhoneDb } from '../db/phone-db';
import type { InboxSource, StorePage } from './inbox-source';

export type Row = ReadInboxResult['messages'][number];

/**
 * For unit tests and the inbox benchmark: the contract's `readInbox` and `listInboxIds` paging over
 * rows ordered by id, `sms-received` events on demand, and `ackInbound`, noting for each acknowledged
 * queue id whether its text was in the page's store by then. It counts what it is asked and how many
 * rows and ids it hands out, and finds a page by binary search, so its own cost stays out of a
 * measurement of the page's.
 */
export class FakeInbox implements InboxSource {
  reads: number[] = [];
  failAfter = Number.POSITIVE_INFINITY;
  acks: { queueId: number; stored: boolean }[] = [];
  /** Store queries asked (`readInbox` and `listInboxIds`), and the rows and ids they returned. */
  queries = 0;
  served = 0;
  /** Set, a change to the store sends no `inbox-changed`: the caller follows it by hand. */
  silent = false;
  private listener: ((event: BridgeEvent) => void) | undefined;
  private queued = new Map<number, string>();
  private rows: Row[];
  constructor(
    rows: Row[],
    private readonly db?: PhoneDb,
  ) {
    this.rows = [...rows].sort((a, b) => a.id - b.id);
  }
  sendMessage(type: 'readInbox', page: StorePage): Promise<ReadInboxResult>;
  sendMessage(type: 'listInboxIds', page: StorePage): Promise<ListInboxIdsResult>;
  sendMessage(type: 'ackInbound', payload: { queueIds: number[] }): Promise<AckInboundResult>;
  async sendMessage(
    type: 'readInbox' | 'listInboxIds' | 'ackInbound',
    payload: StorePage | { queueIds: number[] },
  ): Promise<ReadInboxResult | ListInboxIdsResult | AckInboundResult> {
    if ('queueIds' in payload) {
      for (const queueId of payload.queueIds) {
        const id = this.queued.get(queueId);
        this.acks.push({
          queueId,
          stored: id !== undefined && (await this.db?.messages.get(`rx:${id}`)) !== undefined,
        });
      }
      return { removed: payload.queueIds, unknown: [] };
    }
    const { afterId, limit } = payload;
    this.queries++;
    const start = this.firstAfter(afterId);
    const page = this.rows.slice(start, start + limit);
    const done = start + limit >= this.rows.length;
    this.served += page.length;
    if (type === 'listInboxIds') {
      return { ids: page.map((r) => r.id), nextAfterId: page.at(-1)?.id ?? afterId, done };
    }
    this.reads.push(afterId);
    if (this.reads.length > this.failAfter) throw new Error('bridge closed');
    return { messages: page, nextAfterId: page.at(-1)?.id ?? afterId, done };
  }
  /** The phone's store changed: a row written by another app, or deleted. */
  write(row: Row) {
    this.rows.splice(this.firstAfter(row.id), 0, row);
    this.changed();
  }
  delete(id: number) {
    const at = this.firstAfter(id - 1);
    if (this.rows[at]?.id === id) this.rows.splice(at, 1);
    this.changed();
  }
  /** The index of the first row with an id above `afterId`. */
  private firstAfter(afterId: number): number {
    let [low, high] = [0, this.rows.length];
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.rows[mid]?.id ?? 0) > afterId) high = mid;
      else low = mid + 1;
    }
    return low;
  }
  private changed() {
    if (!this.silent) this.listener?.({ type: 'event', event: 'inbox-changed', data: {} });
  }
  subscribe(listener: (event: BridgeEvent) => void) {
    this.listener = listener;
    return () => undefined;
  }
  receive(id: string, from: string, body: string, date: number, queueId?: number) {
    if (queueId !== undefined) this.queued.set(queueId, id);
    this.listener?.({
      type: 'event',
      event: 'sms-received',
      ...(queueId === undefined ? {} : { queueId }),
      data: { id, from, body, date },
    });
  }
}

/** `count` texts of one conversation, every third one sent from the phone. */
export const history = (count: number): Row[] =>
  Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    box: i % 3 === 0 ? 'sent' : 'inbox',
    address: '07911 123456',
    body: `Old text ${i + 1}`,
    date: 1_000 + i,
    read: true,
  }));
