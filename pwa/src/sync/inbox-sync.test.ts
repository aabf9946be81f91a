import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { PhoneDb } from '../db/phone-db';
import { FakeInbox, history } from './fake-inbox';
import { InboxSync } from './inbox-sync';

let db: PhoneDb;
beforeEach(() => {
  db = new PhoneDb(`inbox-${Math.random()}`);
});

// Thousands of fake-indexeddb transactions: about 1.5 s alone, past Vitest's 5 s default on a machine
// busy with a build beside it. The bound is for a hang, not a pace.
describe('InboxSync import', { timeout: 30_000 }, () => {
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
});
