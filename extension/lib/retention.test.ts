import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './extension-db';
import { writeKv } from './kv';
import { keepTextsAfter, pruneOldTexts } from './retention';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 7);

async function text(id: string, address: string, daysAgo: number, read = true) {
  await db.messages.put({
    id,
    address,
    direction: 'in',
    body: `body ${id}`,
    date: NOW - daysAgo * DAY,
    read,
  });
}

beforeEach(async () => {
  await Promise.all([db.messages.clear(), db.threads.clear(), db.kv.clear()]);
});

describe('retention on the computer', () => {
  it('keeps every text until the person picks a number of days', async () => {
    await text('a', '+447911000001', 400);
    expect(await keepTextsAfter(NOW)).toBe(0);
    expect(await pruneOldTexts(NOW)).toBe(0);
    expect(await db.messages.count()).toBe(1);
  });

  it('removes texts older than the chosen days, bodies and all, and fixes their threads', async () => {
    await writeKv('keepTextsDays', 30);
    await text('old-1', '+447911000001', 31, false);
    await text('new-1', '+447911000001', 2);
    await text('old-2', '+447911000002', 45);
    await db.threads.bulkPut([
      {
        address: '+447911000001',
        lastDate: NOW - 2 * DAY,
        lastBody: 'body new-1',
        lastDirection: 'in',
        unread: 1,
      },
      {
        address: '+447911000002',
        lastDate: NOW - 45 * DAY,
        lastBody: 'body old-2',
        lastDirection: 'in',
        unread: 0,
      },
    ]);
    expect(await keepTextsAfter(NOW)).toBe(NOW - 30 * DAY);
    expect(await pruneOldTexts(NOW)).toBe(2);
    expect((await db.messages.toArray()).map((m) => m.id)).toEqual(['new-1']);
    expect(await db.threads.get('+447911000002')).toBeUndefined();
    expect(await db.threads.get('+447911000001')).toMatchObject({ lastBody: 'body new-1', unread: 0 });
  });
});
