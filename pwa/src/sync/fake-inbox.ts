import type {
  AckInboundResult,
  BridgeEvent,
  ListInboxIdsResult,
  ReadInboxResult,
} from '@core/bridge/bridge-contract';
import type { PhoneDb } from '../db/phone-db';
import type { InboxSource } from './inbox-sync';

export type Row = ReadInboxResult['messages'][number];
type Page = { afterId: number; limit: number };

/**
 * For unit tests: the contract's `readInbox` paging over rows ordered by id, `sms-received` events on
 * demand, and `ackInbound`, noting for each acknowledged queue id whether its text was in the page's
 * store by then.
 */
export class FakeInbox implements InboxSource {
  reads: number[] = [];
  failAfter = Number.POSITIVE_INFINITY;
  acks: { queueId: number; stored: boolean }[] = [];
  private listener: ((event: BridgeEvent) => void) | undefined;
  private queued = new Map<number, string>();
  constructor(
    private rows: Row[],
    private readonly db?: PhoneDb,
  ) {}
  sendMessage(type: 'readInbox', page: Page): Promise<ReadInboxResult>;
  sendMessage(type: 'listInboxIds', page: Page): Promise<ListInboxIdsResult>;
  sendMessage(type: 'ackInbound', payload: { queueIds: number[] }): Promise<AckInboundResult>;
  async sendMessage(
    type: 'readInbox' | 'listInboxIds' | 'ackInbound',
    payload: Page | { queueIds: number[] },
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
    if (type === 'listInboxIds') {
      const ids = this.rows.filter((r) => r.id > afterId).map((r) => r.id);
      const page = ids.slice(0, limit);
      return { ids: page, nextAfterId: page.at(-1) ?? afterId, done: ids.length <= limit };
    }
    this.reads.push(afterId);
    if (this.reads.length > this.failAfter) throw new Error('bridge closed');
    const page = this.rows.filter((r) => r.id > afterId).slice(0, limit);
    const last = page.at(-1)?.id ?? afterId;
    return { messages: page, nextAfterId: last, done: !this.rows.some((r) => r.id > last) };
  }
  /** The phone's store changed: a row written by another app, or deleted. */
  write(row: Row) {
    this.rows.push(row);
    this.changed();
  }
  delete(id: number) {
    this.rows = this.rows.filter((r) => r.id !== id);
    this.changed();
  }
  private changed() {
    this.listener?.({ type: 'event', event: 'inbox-changed', data: {} });
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
