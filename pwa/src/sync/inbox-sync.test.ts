import 'fake-indexeddb/auto';
import type { BridgeEvent, ReadInboxResult } from '@core/bridge/bridge-contract';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PhoneDb } from '../db/phone-db';
import { type InboxSource, InboxSync } from './inbox-sync';

type Row = ReadInboxResult['messages'][number];

/** The contract's `readInbox` paging over rows ordered by id, and `sms-received` events on demand. */
class FakeInbox implements InboxSource {
  reads: number[] = [];
  failAfter = Number.POSITIVE_INFINITY;
  private listener: ((event: BridgeEvent) => void) | undefined;
  constructor(private readonly rows: Row[]) {}
  async sendMessage(_type: 'readInbox', { afterId, limit }: { afterId: number; limit: number }) {
    this.reads.push(afterId);
    if (this.reads.length > this.failAfter) throw new Error('bridge closed');
    const page = this.rows.filter((r) => r.id > afterId).slice(0, limit);
    const last = page.at(-1)?.id ?? afterId;
    return { messages: page, nextAfterId: last, done: !this.rows.some((r) => r.id > last) };
  }
  subscribe(listener: (event: BridgeEvent) => void) {
    this.listener = listener;
    return () => undefined;
  }
  receive(id: string, from: string, body: string, date: number) {
    this.listener?.({ type: 'event', event: 'sms-received', data: { id, from, body, date } });
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
    await new InboxSync(db, source, 'GB').importHistory();
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
    await sync.importHistory();
    expect(await db.threads.toArray()).toEqual([
      { address: '+447911123456', lastDate: 1_003, lastBody: 'Old text 4', lastDirection: 'out', unread: 0 },
    ]);
    source.receive('7', '07911 123456', 'New one', 5_000);
    source.receive('7', '07911 123456', 'New one', 5_000);
    source.receive('8', 'BANK', 'Code 1234', 6_000);
    await sync.importHistory();
    expect(await db.threads.get('+447911123456')).toMatchObject({ lastBody: 'New one', unread: 1 });
    expect(await db.threads.get('BANK')).toMatchObject({ lastDirection: 'in', unread: 1 });
  });

  it('resumes an interrupted import where it stopped, never repeating a page', async () => {
    const source = new FakeInbox(history(1_200));
    source.failAfter = 1;
    await expect(new InboxSync(db, source, 'GB').importHistory()).rejects.toThrow('bridge closed');
    expect(await db.messages.count()).toBe(500);
    const again = new FakeInbox(history(1_200));
    await new InboxSync(db, again, 'GB').importHistory();
    expect(again.reads).toEqual([500, 1_000]);
    expect(await db.changes.count()).toBe(1_200);
    await new InboxSync(db, new FakeInbox(history(1_200)), 'GB').importHistory();
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
});
