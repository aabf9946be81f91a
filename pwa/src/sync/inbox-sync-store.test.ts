import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PhoneDb } from '../db/phone-db';
import { FakeInbox, history } from './fake-inbox';
import { InboxSync } from './inbox-sync';
import { changesAfter, logHead } from './message-log';

let db: PhoneDb;
beforeEach(() => {
  db = new PhoneDb(`inbox-${Math.random()}`);
});

describe("InboxSync and the phone's SMS store", () => {
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
