import 'fake-indexeddb/auto';
import type { SyncBatchFrame } from '@core/protocol/frames';
import type { Change } from '@core/sync/synced-message';
import { beforeEach, describe, expect, it } from 'vitest';
import { ExtensionDb } from './extension-db';
import { SyncClient } from './sync-client';

const PHONE = 'phone-fingerprint';
let db: ExtensionDb;
let client: SyncClient;
let pulls: number[];
let told: string[][];

const incoming = (
  seq: number,
  id = `rx:${seq}`,
  address = '+447911123456',
  body = `Text ${seq}`,
): Change => ({
  seq,
  op: 'put',
  message: { id, address, direction: 'in', body, date: 1_000 + seq },
});
const batch = (changes: Change[], head = changes.at(-1)?.seq ?? 0): SyncBatchFrame => ({
  v: 1,
  id: crypto.randomUUID(),
  type: 'sync/batch',
  changes,
  head,
});

beforeEach(async () => {
  db = new ExtensionDb(`sync-client-${Math.random()}`);
  told = [];
  client = new SyncClient(db, (arrived) => told.push(arrived.map((m) => m.id)));
  pulls = [];
  await client.start(PHONE, (frame) => pulls.push(frame.after));
});

describe('SyncClient', () => {
  it('keeps the names the phone looked up, and forgets one the phone says is gone', async () => {
    await client.receive(
      batch([
        incoming(1),
        { seq: 2, op: 'contact', address: '+447911123456', name: 'Alice' },
        { seq: 3, op: 'contact', address: 'BANK', name: 'My bank' },
      ]),
    );
    expect(await db.contacts.toArray()).toEqual([
      { address: '+447911123456', name: 'Alice' },
      { address: 'BANK', name: 'My bank' },
    ]);
    await client.receive(batch([{ seq: 4, op: 'contact', address: 'BANK', name: '' }]));
    expect(await db.contacts.toArray()).toEqual([{ address: '+447911123456', name: 'Alice' }]);
    expect((await db.cursors.get(PHONE))?.seq).toBe(4);
  });

  it('removes texts deleted on the phone and shows each conversation as it is left', async () => {
    await client.receive(batch([incoming(1), incoming(2), incoming(3, 'rx:3', 'BANK', 'Code 1234')]));
    await client.receive(
      batch([
        { seq: 4, op: 'delete', id: 'rx:2' },
        { seq: 5, op: 'delete', id: 'rx:3' },
      ]),
    );
    expect((await db.messages.toArray()).map((m) => m.id)).toEqual(['rx:1']);
    expect(await db.threads.get('+447911123456')).toMatchObject({ lastBody: 'Text 1', unread: 1 });
    expect(await db.threads.get('BANK')).toBeUndefined();
    expect((await db.cursors.get(PHONE))?.seq).toBe(5);
  });

  it('a tombstone removes the body from this computer: the message, the thread preview and the outbox row', async () => {
    await db.outbox.add({
      msgId: 'm-1',
      to: '+447911123456',
      body: 'Door code 4711',
      state: 'delivered',
      createdAt: 1,
      updatedAt: 1,
    });
    const sent: Change = {
      seq: 1,
      op: 'put',
      message: { id: 'm-1', address: '+447911123456', direction: 'out', body: 'Door code 4711', date: 1 },
    };
    await client.receive(batch([sent, incoming(2)]));
    await client.receive(batch([{ seq: 3, op: 'delete', id: 'm-1' }]));
    const everything = await Promise.all([db.messages.toArray(), db.threads.toArray(), db.outbox.toArray()]);
    expect(JSON.stringify(everything)).not.toContain('4711');
    expect(await db.outbox.count()).toBe(0);
  });

  it('keeps no text older than the retention setting, however it comes back', async () => {
    const kept = new SyncClient(db, undefined, async () => 1_002);
    await kept.start('other-phone', () => undefined);
    await kept.receive(batch([incoming(1), incoming(2), incoming(3)]));
    expect((await db.messages.toArray()).map((m) => m.id)).toEqual(['rx:2', 'rx:3']);
    // The phone changes an old text again (read on the phone): it is not pulled back.
    const again: Change = {
      seq: 4,
      op: 'put',
      message: {
        id: 'rx:1',
        address: '+447911123456',
        direction: 'in',
        body: 'Text 1',
        date: 1_001,
        read: true,
      },
    };
    await kept.receive(batch([again]));
    expect((await db.messages.toArray()).map((m) => m.id)).toEqual(['rx:2', 'rx:3']);
    expect((await db.cursors.get('other-phone'))?.seq).toBe(4);
  });

  it('pulls from its cursor, applies in order, and keeps threads with unread counts', async () => {
    expect(pulls).toEqual([0]);
    await client.receive(batch([incoming(1), incoming(2, 'rx:2', 'BANK', 'Code 1234')], 3));
    await client.receive(batch([incoming(3)]));
    expect(await db.cursors.get(PHONE)).toMatchObject({ phone: PHONE, seq: 3, head: 3 });
    expect(await db.threads.get('+447911123456')).toMatchObject({ unread: 2, lastBody: 'Text 3' });
    expect(await db.threads.get('BANK')).toMatchObject({ unread: 1, lastBody: 'Code 1234' });
    expect(told).toEqual([['rx:1', 'rx:2'], ['rx:3']]);
    const again = new SyncClient(db);
    await again.start(PHONE, (frame) => pulls.push(frame.after));
    expect(pulls).toEqual([0, 3]);
  });

  it('keeps two identical texts as two messages, and counts a state change once', async () => {
    const twin = (seq: number) => incoming(seq, `rx:${seq}`, '+447911123456', 'Same words');
    await client.receive(batch([twin(1), twin(2)]));
    expect(await db.messages.count()).toBe(2);
    const sentOut: Change = {
      seq: 3,
      op: 'put',
      message: {
        id: 'm1',
        address: '+447911123456',
        direction: 'out',
        body: 'Hi',
        date: 5_000,
        state: 'sent',
      },
    };
    await client.receive(
      batch([sentOut, { ...sentOut, seq: 4, message: { ...sentOut.message, state: 'delivered' } }]),
    );
    expect(await db.messages.get('m1')).toMatchObject({ state: 'delivered' });
    expect(await db.threads.get('+447911123456')).toMatchObject({ unread: 2, lastDirection: 'out' });
  });

  it('on a gap applies nothing and pulls again from its cursor, once, until the stream is whole', async () => {
    await client.receive(batch([incoming(1)]));
    await client.receive(batch([incoming(3)]));
    await client.receive(batch([incoming(4)]));
    expect(await db.messages.count()).toBe(1);
    expect(pulls).toEqual([0, 1]);
    await client.receive(batch([incoming(2), incoming(3), incoming(4)]));
    expect((await db.messages.toArray()).map((m) => m.id)).toEqual(['rx:1', 'rx:2', 'rx:3', 'rx:4']);
    expect(await db.cursors.get(PHONE)).toMatchObject({ seq: 4 });
  });

  it('ignores a batch it already applied, as after a reconnect', async () => {
    await client.receive(batch([incoming(1), incoming(2)]));
    await client.receive(batch([incoming(1), incoming(2)]));
    expect(await db.threads.get('+447911123456')).toMatchObject({ unread: 2 });
    expect(pulls).toEqual([0]);
  });

  it('history already read on the phone arrives read', async () => {
    const old: Change = {
      seq: 1,
      op: 'put',
      message: { id: 'inbox:1', address: '+447911123456', direction: 'in', body: 'Old', date: 1, read: true },
    };
    await client.receive(batch([old]));
    expect(await db.threads.get('+447911123456')).toMatchObject({ unread: 0 });
    expect(told).toEqual([]);
  });
});
