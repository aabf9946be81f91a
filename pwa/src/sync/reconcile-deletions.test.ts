import 'fake-indexeddb/auto';
import type { ListInboxIdsResult } from '@core/bridge/bridge-contract';
import { beforeEach, describe, expect, it } from 'vitest';
import { PhoneDb } from '../db/phone-db';
import { FakeInbox, history } from './fake-inbox';
import { DeletionReconciler } from './reconcile-deletions';
import { seedImported } from './seed-imported';

let db: PhoneDb;
beforeEach(() => {
  db = new PhoneDb(`reconcile-${Math.random()}`);
});

/** Steps until `found` holds, failing past `bound` steps. */
async function stepsUntil(reconciler: DeletionReconciler, bound: number, found: () => Promise<boolean>) {
  let steps = 0;
  while (!(await found())) {
    expect(++steps).toBeLessThanOrEqual(bound);
    await reconciler.step();
  }
  return steps;
}

describe('DeletionReconciler', () => {
  it('walks a store with gaps in its ids no wider than the span, and still finds each deletion', async () => {
    // Ids 7, 14, … 21,000: a page of 500 ids spans 3,500, past the 2,000 cap.
    const rows = history(3_000).map((r) => ({ ...r, id: r.id * 7 }));
    await seedImported(db, rows);
    const source = new FakeInbox(rows, db);
    const reconciler = new DeletionReconciler(db, source);
    const first = await reconciler.step();
    expect(first).toEqual({ from: 0, to: 2_000, wrapped: false });
    source.delete(14);
    source.delete(20_993);
    const steps = await stepsUntil(reconciler, Math.ceil(21_000 / 500), async () => {
      const left = await db.messages.bulkGet(['inbox:14', 'inbox:20993']);
      return left.every((m) => m === undefined);
    });
    expect(steps).toBe(Math.ceil(21_000 / 2_000));
    expect(await db.messages.count()).toBe(2_998);
  });

  it('leaves rows past the high-water mark alone: they are new, not yet read', async () => {
    await seedImported(db, history(10));
    await db.messages.put({ id: 'inbox:11', address: 'x', direction: 'in', body: 'y', date: 1 });
    const reconciler = new DeletionReconciler(db, new FakeInbox(history(10), db));
    expect(await reconciler.step()).toEqual({ from: 0, to: 10, wrapped: true });
    expect(await db.messages.get('inbox:11')).toBeDefined();
  });

  it('deletes nothing when the bridge answers an empty page that is not the last', async () => {
    await seedImported(db, history(10));
    const source = new FakeInbox(history(10), db);
    // A step asks only for ids.
    const listing: ListInboxIdsResult = { ids: [], nextAfterId: 0, done: false };
    Object.assign(source, { sendMessage: async () => listing });
    await expect(new DeletionReconciler(db, source).step()).rejects.toThrow('not the last');
    expect(await db.messages.count()).toBe(10);
  });
});
