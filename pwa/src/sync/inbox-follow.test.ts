import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PhoneDb } from '../db/phone-db';
import { FakeInbox, history, type Row } from './fake-inbox';
import { InboxSync } from './inbox-sync';
import { seedImported } from './seed-imported';

let db: PhoneDb;
beforeEach(() => {
  db = new PhoneDb(`follow-${Math.random()}`);
});

const text = (id: number): Row => ({
  id,
  box: 'inbox',
  address: '07911 123456',
  body: `New text ${id}`,
  date: 900_000 + id,
  read: false,
});

/** A page following a store of `rows` already imported; the store's changes are followed by hand. */
async function following(rows: Row[]): Promise<{ source: FakeInbox; sync: InboxSync }> {
  await seedImported(db, rows);
  const source = new FakeInbox(rows, db);
  source.silent = true;
  const sync = new InboxSync(db, source, 'GB', 5);
  await sync.catchUp();
  return { source, sync };
}

// Thousands of fake-indexeddb writes on a busy machine: the bound is for a hang, not a pace.
describe('InboxSync following the store', { timeout: 30_000 }, () => {
  it('picks up new rows by id, reading only past the high-water mark', async () => {
    const { source, sync } = await following(history(2_000));
    source.write(text(2_001));
    source.write(text(2_003));
    await sync.follow();
    expect(source.reads.at(-1)).toBe(2_000);
    expect(await db.messages.get('inbox:2003')).toMatchObject({ direction: 'in', body: 'New text 2003' });
    expect(await db.inboxImport.get('inbox-import')).toMatchObject({ afterId: 2_003, done: true });
    await sync.follow();
    expect(source.reads.at(-1)).toBe(2_003);
    expect(await db.messages.count()).toBe(2_002);
  });

  it('finds a deletion within ceil(rows / 500) events, wherever the window stands', async () => {
    const { source, sync } = await following(history(2_000));
    await db.storeLinks.put({ rowId: 700, messageId: 'rx:live' });
    await db.messages.put({ id: 'rx:live', address: '+447911123456', direction: 'in', body: 'x', date: 1 });
    await sync.follow(); // the window is now past row 10 and row 700
    source.delete(10);
    source.delete(700);
    let events = 0;
    while ((await db.messages.get('inbox:10')) || (await db.messages.get('rx:live'))) {
      expect(++events).toBeLessThanOrEqual(Math.ceil(2_000 / 500));
      await sync.follow();
    }
    // Row 700 lies just ahead of the window, row 10 just behind it: found on the first and on the last.
    expect(events).toBe(4);
    expect(await db.messages.count()).toBe(1_998);
    expect(await db.storeLinks.count()).toBe(0);
  });

  it('compares every row once when a page starts: deletions made while no page followed', async () => {
    const rows = history(3_000);
    await seedImported(db, rows);
    const source = new FakeInbox(
      rows.filter((r) => r.id !== 5 && r.id !== 2_999),
      db,
    );
    await new InboxSync(db, source, 'GB', 5).catchUp();
    expect(await db.messages.count()).toBe(2_998);
    expect(await db.messages.get('inbox:2999')).toBeUndefined();
  });

  it('after an inbox-changed, checks the rest of the store at an idle pace, with no further event', async () => {
    const rows = history(2_000);
    await seedImported(db, rows);
    const source = new FakeInbox(rows, db);
    const sync = new InboxSync(db, source, 'GB', 5, { idleStepMs: 5 });
    await sync.catchUp();
    // One event: its own window is (0, 500], so row 1,800 is found by the idle pass alone.
    source.delete(1_800);
    await vi.waitFor(async () => expect(await db.messages.get('inbox:1800')).toBeUndefined(), {
      timeout: 10_000,
    });
    expect(await db.messages.count()).toBe(1_999);
  });

  it('asks the store the same few things per event with 1,000 rows or 50,000', async () => {
    const perEvent = async (count: number) => {
      db = new PhoneDb(`follow-${count}-${Math.random()}`);
      // The page holds only the high-water mark: what is counted is the store's reads, and 50,000
      // texts seeded into fake-indexeddb cost the suite seconds (bench:inbox times a page holding them).
      await db.inboxImport.put({ key: 'inbox-import', afterId: count, done: true });
      const source = new FakeInbox(history(count), db);
      source.silent = true;
      const sync = new InboxSync(db, source, 'GB', 5);
      await sync.catchUp();
      const [queries, served] = [source.queries, source.served];
      for (let i = 1; i <= 10; i++) {
        source.write(text(count + i));
        await sync.follow();
      }
      return { queries: (source.queries - queries) / 10, served: (source.served - served) / 10 };
    };
    const small = await perEvent(1_000);
    const large = await perEvent(50_000);
    expect(large.queries).toBe(small.queries);
    expect(large.queries).toBeLessThanOrEqual(2);
    // One new row and at most one window of 500 ids, however big the store.
    expect(large.served).toBeLessThanOrEqual(501);
    expect(small.served).toBeLessThanOrEqual(501);
  });
});
