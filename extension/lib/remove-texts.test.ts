import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ExtensionDb } from './extension-db';
import { removeTexts } from './remove-texts';

describe('removeTexts', () => {
  it("removes the phone's texts, threads, contacts, cursor, outbox and draft, and keeps the pairing and settings", async () => {
    const db = new ExtensionDb(`remove-${Math.random()}`);
    await db.messages.add({ id: 'rx:1', address: '+447911123456', direction: 'in', body: 'Secret', date: 1 });
    await db.threads.add({
      address: '+447911123456',
      lastDate: 1,
      lastBody: 'Secret',
      lastDirection: 'in',
      unread: 1,
    });
    await db.contacts.add({ address: '+447911123456', name: 'Alice' });
    await db.cursors.add({ phone: 'p', seq: 9, head: 9, at: 1 });
    await db.outbox.add({
      msgId: 'm',
      to: '+447911123456',
      body: 'Out',
      state: 'delivered',
      createdAt: 1,
      updatedAt: 1,
    });
    await db.kv.bulkPut([
      { key: 'draft', value: { body: 'Half written', at: 1 } },
      { key: 'identity', value: { peerId: 'pt-x' } },
      { key: 'signalingUrl', value: 'https://s.example' },
    ]);
    await removeTexts(db);
    const counts = await Promise.all(
      [db.messages, db.threads, db.contacts, db.cursors, db.outbox].map((t) => t.count()),
    );
    expect(counts).toEqual([0, 0, 0, 0, 0]);
    expect((await db.kv.toCollection().primaryKeys()).sort()).toEqual(['identity', 'signalingUrl']);
  });
});
