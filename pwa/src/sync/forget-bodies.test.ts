import 'fake-indexeddb/auto';
import type { Change } from '@core/sync/synced-message';
import { beforeEach, describe, expect, it } from 'vitest';
import { PhoneDb } from '../db/phone-db';
import { scrubDeletedFromLog } from './forget-bodies';
import { recordDeletions, recordMessage } from './message-log';
import { SyncServer } from './sync-server';

let db: PhoneDb;
beforeEach(() => {
  db = new PhoneDb(`forget-${Math.random()}`);
});

const secret = (state: 'on-phone' | 'sent') =>
  recordMessage(db, {
    id: 'm-1',
    address: '+447911123456',
    direction: 'out',
    body: 'The door code is 4711',
    date: 1,
    state,
  });
const kept = () =>
  recordMessage(db, { id: 'rx:2', address: '+447911123456', direction: 'in', body: 'Kept', date: 2 });

async function pullFromZero(): Promise<Change[]> {
  const sent: Change[] = [];
  await new SyncServer(db, (_to, batch) => sent.push(...batch.changes) > 0).pull('laptop', 0);
  return sent;
}

describe('a deletion on the phone', () => {
  it('leaves only tombstones of the deleted text in the log, numbered without a gap, and sends no body', async () => {
    await secret('on-phone');
    await kept();
    await secret('sent');
    await recordDeletions(db, ['m-1']);
    const log = await db.changes.toArray();
    expect(JSON.stringify(log)).not.toContain('4711');
    expect(log.map((c) => c.seq)).toEqual([1, 2, 3, 4]);
    expect(log.filter((c) => c.op === 'delete').map((c) => c.seq)).toEqual([1, 3, 4]);
    const sent = await pullFromZero();
    expect(JSON.stringify(sent)).not.toContain('4711');
    expect(sent.map((c) => (c.op === 'put' ? c.message.body : c.op))).toEqual([
      'delete',
      'Kept',
      'delete',
      'delete',
    ]);
    expect(JSON.stringify(await db.threads.toArray())).not.toContain('4711');
  });

  it("empties the computer's send request for it, keeping whom it went to", async () => {
    await db.requests.add({
      msgId: 'm-1',
      computerPeerId: 'laptop',
      to: '+447911123456',
      body: 'The door code is 4711',
      state: 'on-phone',
      dispatch: 'started',
      parts: [],
      createdAt: 1,
      updatedAt: 1,
    });
    await secret('on-phone');
    await recordDeletions(db, ['m-1']);
    expect(await db.requests.get('m-1')).toMatchObject({ body: '', bodyRemoved: true, to: '+447911123456' });
  });

  it('scrubs a log written before deletions did this, once, leaving stored texts alone', async () => {
    await secret('on-phone');
    await kept();
    // What an older version left: the message gone, its put still in the log.
    await db.messages.delete('m-1');
    await db.changes.add({ op: 'delete', id: 'm-1' } as Change);
    expect(await scrubDeletedFromLog(db)).toBe(1);
    expect(JSON.stringify(await db.changes.toArray())).not.toContain('4711');
    expect(await db.changes.get(2)).toMatchObject({ op: 'put', message: { body: 'Kept' } });
    expect(await scrubDeletedFromLog(db)).toBe(0);
  });
});
