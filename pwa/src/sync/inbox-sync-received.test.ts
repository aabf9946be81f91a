import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PhoneDb } from '../db/phone-db';
import { FakeInbox } from './fake-inbox';
import { InboxSync } from './inbox-sync';

let db: PhoneDb;
beforeEach(() => {
  db = new PhoneDb(`inbox-${Math.random()}`);
});

describe('InboxSync received texts', () => {
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
});
