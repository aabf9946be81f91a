import 'fake-indexeddb/auto';
import type {
  AckInboundResult,
  BridgeEvent,
  ListInboxIdsResult,
  ReadInboxResult,
} from '@core/bridge/bridge-contract';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PhoneDb } from '../db/phone-db';
import { type InboxSource, InboxSync } from './inbox-sync';
import { changesAfter, logHead } from './message-log';

type Row = ReadInboxResult['messages'][number];
type Page = { afterId: number; limit: number };

/**
 * The contract's `readInbox` paging over rows ordered by id, `sms-received` events on demand, and
 * `ackInbound`, noting for each acknowledged queue id whether its text was in the page's store by then.
 */
class FakeInbox implements InboxSource {
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

const history = (count: number): Row[] =>
  Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    box: i % 3 === 0 ? 'sent' : 'inbox',
    address: '07911 123456',
    body: `Old text ${i + 1}`,
    date: 1_000 + i,
    read: true,
  }));

let db: PhoneDb;
beforeEach(() => {
  db = new PhoneDb(`inbox-${Math.random()}`);
});

describe('InboxSync', () => {
  it('imports the history page by page into threads keyed by E.164, each change logged once', async () => {
    const source = new FakeInbox(history(1_200));
    await new InboxSync(db, source, 'GB').catchUp();
    expect(source.reads).toEqual([0, 500, 1_000]);
    expect(await db.messages.count()).toBe(1_200);
    expect(await db.changes.count()).toBe(1_200);
    expect(await db.messages.get('inbox:1')).toMatchObject({
      address: '+447911123456',
      direction: 'out',
      state: 'sent',
    });
    expect(await db.messages.get('inbox:2')).toMatchObject({ direction: 'in', body: 'Old text 2' });
  });

  it('keeps one summary per conversation: the newest text, and live unread texts counted once', async () => {
    const source = new FakeInbox(history(4));
    const sync = new InboxSync(db, source, 'GB');
    await sync.catchUp();
    expect(await db.threads.toArray()).toEqual([
      { address: '+447911123456', lastDate: 1_003, lastBody: 'Old text 4', lastDirection: 'out', unread: 0 },
    ]);
    source.receive('7', '07911 123456', 'New one', 5_000);
    source.receive('7', '07911 123456', 'New one', 5_000);
    source.receive('8', 'BANK', 'Code 1234', 6_000);
    await sync.catchUp();
    expect(await db.threads.get('+447911123456')).toMatchObject({ lastBody: 'New one', unread: 1 });
    expect(await db.threads.get('BANK')).toMatchObject({ lastDirection: 'in', unread: 1 });
  });

  it('resumes an interrupted import where it stopped, never repeating a page', async () => {
    const source = new FakeInbox(history(1_200));
    source.failAfter = 1;
    await expect(new InboxSync(db, source, 'GB').catchUp()).rejects.toThrow('bridge closed');
    expect(await db.messages.count()).toBe(500);
    const again = new FakeInbox(history(1_200));
    await new InboxSync(db, again, 'GB').catchUp();
    expect(again.reads).toEqual([500, 1_000]);
    expect(await db.changes.count()).toBe(1_200);
    await new InboxSync(db, new FakeInbox(history(1_200)), 'GB').catchUp();
    expect(await db.changes.count()).toBe(1_200);
  });

  it('keeps two identical received texts as two messages, and one event delivered twice as one', async () => {
    const source = new FakeInbox([]);
    new InboxSync(db, source, 'GB');
    source.receive('a', '+447911123456', 'Are you there?', 5);
    source.receive('b', '+447911123456', 'Are you there?', 5);
    source.receive('a', '+447911123456', 'Are you there?', 5);
    source.receive('c', 'BANK', 'Your code is 1234', 6);
    await vi.waitFor(async () => expect(await db.changes.count()).toBe(3));
    await new Promise((r) => setTimeout(r, 30));
    expect((await db.messages.toArray()).map((m) => [m.id, m.address])).toEqual([
      ['rx:a', '+447911123456'],
      ['rx:b', '+447911123456'],
      ['rx:c', 'BANK'],
    ]);
    expect(await db.changes.count()).toBe(3);
  });

  it('acknowledges a received text only once it is stored, and stores a re-delivered one once', async () => {
    const source = new FakeInbox([], db);
    new InboxSync(db, source, 'GB');
    source.receive('rx-a', '+447911123456', 'Are you there?', 5, 1);
    await vi.waitFor(() => expect(source.acks).toEqual([{ queueId: 1, stored: true }]));
    // The page reloads before the wrapper heard the ack: the next page gets the same event again.
    const reloaded = new FakeInbox([], db);
    new InboxSync(db, reloaded, 'GB');
    reloaded.receive('rx-a', '+447911123456', 'Are you there?', 5, 1);
    await vi.waitFor(() => expect(reloaded.acks).toEqual([{ queueId: 1, stored: true }]));
    expect((await db.messages.toArray()).map((m) => m.id)).toEqual(['rx:rx-a']);
    expect(await db.changes.count()).toBe(1);
    expect(await db.threads.get('+447911123456')).toMatchObject({ unread: 1 });
  });

  it('does not acknowledge a text it could not store, so the wrapper delivers it again', async () => {
    const source = new FakeInbox([], db);
    new InboxSync(db, source, 'GB');
    const put = vi.spyOn(db.messages, 'put').mockRejectedValueOnce(new Error('disk full'));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    source.receive('rx-a', '+447911123456', 'Are you there?', 5, 1);
    source.receive('rx-b', '+447911123456', 'Hello?', 6, 2);
    await vi.waitFor(() => expect(source.acks).toEqual([{ queueId: 2, stored: true }]));
    expect(await db.messages.get('rx:rx-a')).toBeUndefined();
    expect(logged).toHaveBeenCalled();
    put.mockRestore();
    logged.mockRestore();
  });

  it('picks up texts sent from another app after the import, each once', async () => {
    const source = new FakeInbox(history(3));
    const sync = new InboxSync(db, source, 'GB', 5);
    await sync.catchUp();
    source.write({
      id: 9,
      box: 'sent',
      address: '07911 123789',
      body: 'From the phone',
      date: 9_000,
      read: true,
    });
    await vi.waitFor(async () =>
      expect(await db.messages.get('inbox:9')).toMatchObject({ direction: 'out' }),
    );
    await sync.catchUp();
    expect(await db.messages.count()).toBe(4);
    expect(await db.threads.get('+447911123789')).toMatchObject({ lastBody: 'From the phone' });
  });

  it('ties the store rows of live texts and of its own sends to them instead of recording them twice', async () => {
    const source = new FakeInbox(history(2));
    const sync = new InboxSync(db, source, 'GB', 5);
    await sync.catchUp();
    const at = Date.now();
    await db.requests.add({
      msgId: 'm-1',
      computerPeerId: 'c',
      to: '+447911123456',
      body: 'ok',
      state: 'delivered',
      dispatch: 'started',
      parts: [],
      createdAt: at,
      updatedAt: at,
    });
    await db.messages.add({ id: 'm-1', address: '+447911123456', direction: 'out', body: 'ok', date: at });
    source.receive('a', '+447911123456', 'ok', at + 1_000);
    source.receive('b', '+447911123456', 'ok', at + 2_000);
    await vi.waitFor(async () => expect(await db.messages.count()).toBe(5));
    // The system writes the send to the sent box; the SMS app writes both texts to the inbox; and
    // somebody sends one more identical "ok" from the phone's own app.
    source.write({ id: 10, box: 'sent', address: '07911 123456', body: 'ok', date: at + 500, read: true });
    source.write({
      id: 11,
      box: 'inbox',
      address: '07911 123456',
      body: 'ok',
      date: at + 1_100,
      read: false,
    });
    source.write({
      id: 12,
      box: 'inbox',
      address: '07911 123456',
      body: 'ok',
      date: at + 2_100,
      read: false,
    });
    source.write({ id: 13, box: 'sent', address: '07911 123456', body: 'ok', date: at + 3_000, read: true });
    await vi.waitFor(async () => expect(await db.storeLinks.count()).toBe(3));
    await sync.catchUp();
    expect((await db.messages.toArray()).map((m) => m.id).sort()).toEqual([
      'inbox:1',
      'inbox:13',
      'inbox:2',
      'm-1',
      'rx:a',
      'rx:b',
    ]);
    expect((await db.storeLinks.toArray()).map((l) => [l.rowId, l.messageId])).toEqual([
      [10, 'm-1'],
      [11, 'rx:a'],
      [12, 'rx:b'],
    ]);
  });

  it('deletes what was deleted on the phone, logs it for computers and fixes the conversation', async () => {
    const source = new FakeInbox(history(3));
    const sync = new InboxSync(db, source, 'GB', 5);
    await sync.catchUp();
    source.receive('a', '+447911123789', 'Only text', 50_000);
    await vi.waitFor(async () => expect(await db.messages.count()).toBe(4));
    source.write({
      id: 20,
      box: 'inbox',
      address: '+447911123789',
      body: 'Only text',
      date: 50_100,
      read: false,
    });
    await vi.waitFor(async () => expect(await db.storeLinks.count()).toBe(1));
    const before = await logHead(db);
    source.delete(3);
    source.delete(20);
    await vi.waitFor(async () => expect(await db.messages.count()).toBe(2));
    await sync.catchUp();
    expect((await db.messages.toArray()).map((m) => m.id)).toEqual(['inbox:1', 'inbox:2']);
    expect((await changesAfter(db, before, 10)).map((c) => (c.op === 'delete' ? c.id : c.op)).sort()).toEqual(
      ['inbox:3', 'rx:a'],
    );
    expect(await db.threads.get('+447911123456')).toMatchObject({
      lastBody: 'Old text 2',
      lastDirection: 'in',
    });
    expect(await db.threads.get('+447911123789')).toBeUndefined();
    expect(await db.storeLinks.count()).toBe(0);
  });
});
