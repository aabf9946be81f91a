import 'fake-indexeddb/auto';
import type { SyncedMessage } from '@core/sync/synced-message';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyChanges } from './apply-changes';
import { conversationList, latestText } from './conversation-list';
import { ExtensionDb, type OutboxMessage } from './extension-db';
import { threadMessages } from './thread-messages';

const ALICE = '+447911123456';
const NEW = '+447700900123';
const AT_11_24 = Date.UTC(2026, 11, 7, 11, 24);
const AT_11_25 = AT_11_24 + 60_000;

let db: ExtensionDb;

beforeEach(() => {
  db = new ExtensionDb(`list-${Math.random()}`);
});

const sent = (
  msgId: string,
  to: string,
  body: string,
  createdAt: number,
  more: Partial<OutboxMessage> = {},
) => ({ msgId, to, body, state: 'queued', createdAt, updatedAt: createdAt, ...more }) satisfies OutboxMessage;

/** The phone's change, applied as sync applies it (threads row and all). */
async function fromPhone(...messages: SyncedMessage[]): Promise<void> {
  await db.transaction('rw', [db.messages, db.threads, db.contacts, db.outbox], () =>
    applyChanges(
      db,
      messages.map((message, i) => ({ seq: i + 1, op: 'put', message })),
    ),
  );
}

const newestOfThread = async (address: string) => (await threadMessages(db, address)).at(-1);

describe('the latest text of a conversation', () => {
  it('is the thread’s newest text, even one the phone has not recorded yet (issue 17)', async () => {
    // The phone recorded the first computer text; the second is on the phone, waiting for a tap.
    await db.outbox.bulkAdd([
      sent('m1', ALICE, 'Second text, timed', AT_11_24, { state: 'handed-off' }),
      sent('m2', ALICE, 'Third text', AT_11_25, { state: 'on-phone' }),
    ]);
    await fromPhone({
      id: 'm1',
      address: ALICE,
      direction: 'out',
      body: 'Second text, timed',
      date: AT_11_24 + 500,
      state: 'handed-off',
    });
    const [row] = await conversationList(db, 50);
    expect(row?.latest).toEqual(await newestOfThread(ALICE));
    expect(row?.latest).toMatchObject({ id: 'm2', body: 'Third text', date: AT_11_25, state: 'on-phone' });
    expect(await latestText(db, ALICE)).toEqual(row?.latest);
  });

  it('starts a new number’s conversation at once, and keeps it one when the phone’s copy arrives', async () => {
    await db.outbox.add(sent('m1', NEW, 'Hello there', AT_11_24));
    expect(await conversationList(db, 50)).toEqual([
      {
        address: NEW,
        unread: 0,
        latest: { id: 'm1', direction: 'out', body: 'Hello there', date: AT_11_24, state: 'queued' },
      },
    ]);
    // The phone's copy, under the same msgId and dated by the phone's clock; the outbox row stays.
    await fromPhone({
      id: 'm1',
      address: NEW,
      direction: 'out',
      body: 'Hello there',
      date: AT_11_24 + 900,
      state: 'on-phone',
    });
    await db.outbox.update('m1', { state: 'delivered' });
    const list = await conversationList(db, 50);
    expect(list).toHaveLength(1);
    expect(list[0]?.latest).toMatchObject({ id: 'm1', date: AT_11_24 + 900, state: 'delivered' });
    expect(await threadMessages(db, NEW)).toHaveLength(1);
  });

  it('never brings an old mirrored text back as unsent once newer texts push it out of view', async () => {
    await db.outbox.add(sent('m1', ALICE, 'Old one', 1_000, { state: 'delivered' }));
    await fromPhone(
      { id: 'm1', address: ALICE, direction: 'out', body: 'Old one', date: 5_000, state: 'delivered' },
      { id: 'rx:1', address: ALICE, direction: 'in', body: 'Newer', date: 4_000, read: true },
    );
    // The phone dated its copy 5000: newest; the outbox's own 1000 is not a second text.
    expect((await threadMessages(db, ALICE, 1)).map((m) => m.id)).toEqual(['m1']);
    await fromPhone({ id: 'rx:2', address: ALICE, direction: 'in', body: 'Newest', date: 6_000, read: true });
    expect((await threadMessages(db, ALICE, 1)).map((m) => m.id)).toEqual(['rx:2']);
    expect((await latestText(db, ALICE))?.body).toBe('Newest');
  });

  it('orders conversations by their latest text, with the unread counts and names of their rows', async () => {
    await fromPhone(
      { id: 'rx:1', address: ALICE, direction: 'in', body: 'Are you free?', date: 2_000 },
      { id: 'rx:2', address: 'BANK', direction: 'in', body: 'Code 1234', date: 3_000 },
    );
    await db.contacts.put({ address: ALICE, name: 'Alice' });
    await db.outbox.add(sent('m1', ALICE, 'Yes', 4_000));
    const list = await conversationList(db, 50);
    expect(list.map((c) => [c.address, c.name, c.latest.body, c.unread])).toEqual([
      [ALICE, 'Alice', 'Yes', 1],
      ['BANK', undefined, 'Code 1234', 1],
    ]);
    expect(await conversationList(db, 1)).toHaveLength(1);
  });

  it('ties on a date the way the thread does (the index’s id order)', async () => {
    await fromPhone(
      { id: 'b', address: ALICE, direction: 'in', body: 'B', date: 1_000, read: true },
      { id: 'a', address: ALICE, direction: 'in', body: 'A', date: 1_000, read: true },
    );
    expect((await latestText(db, ALICE))?.id).toBe('b');
    expect((await newestOfThread(ALICE))?.id).toBe('b');
  });
});
