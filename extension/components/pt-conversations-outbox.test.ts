// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { allParts, mount, until } from '@web/component-fixture';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyChanges } from '../lib/apply-changes';
import { db, type OutboxMessage } from '../lib/extension-db';
import './pt-conversations';

const NEW = '+447700900123';

/** What each row shows: its address, preview and the state of a text sent from here. */
function rows(list: Element) {
  return allParts(list, 'conversation').map((row) => ({
    address: row.dataset['address'],
    last: row.querySelector('.last')?.textContent?.trim(),
    state: row.querySelector('[data-testid="conversation-state"]')?.textContent?.trim(),
  }));
}

const queued: OutboxMessage = {
  msgId: 'm1',
  to: NEW,
  body: 'Hello from the computer',
  state: 'queued',
  createdAt: 1_000,
  updatedAt: 1_000,
};

beforeEach(async () => {
  await Promise.all([db.threads, db.contacts, db.messages, db.outbox].map((t) => t.clear()));
  localStorage.clear();
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('pt-conversations and texts sent from this computer', () => {
  it('starts a new number’s conversation as soon as the text is written, and keeps it one', async () => {
    const list = await mount('pt-conversations', { region: 'GB' });
    await db.outbox.add(queued);
    await until(() => rows(list).length === 1, 'the new conversation');
    expect(rows(list)).toEqual([{ address: NEW, last: 'You: Hello from the computer', state: 'Queued' }]);

    await db.outbox.update('m1', { state: 'on-phone', updatedAt: 1_100 });
    await until(() => rows(list)[0]?.state === 'On phone', 'the new state');
    // The phone's copy comes back under the same msgId: the same one conversation, the same text.
    const copy = {
      id: 'm1',
      address: NEW,
      direction: 'out',
      body: queued.body,
      date: 1_200,
      state: 'sent',
    } as const;
    await db.transaction('rw', [db.messages, db.threads, db.contacts, db.outbox], () =>
      applyChanges(db, [{ seq: 1, op: 'put', message: copy }]),
    );
    await until(() => rows(list)[0]?.state === 'Sent', 'the phone’s state');
    expect(rows(list)).toEqual([{ address: NEW, last: 'You: Hello from the computer', state: 'Sent' }]);
  });

  it('shows the newest text even when the thread’s row sums up an older one', async () => {
    await db.threads.put({
      address: NEW,
      lastDate: 500,
      lastBody: 'Second text, timed',
      lastDirection: 'out',
      unread: 0,
    });
    await db.messages.put({
      id: 'm0',
      address: NEW,
      direction: 'out',
      body: 'Second text, timed',
      date: 500,
      state: 'handed-off',
    });
    await db.outbox.add({ ...queued, state: 'on-phone' });
    const list = await mount('pt-conversations', { region: 'GB' });
    await until(() => rows(list).length === 1, 'the conversation');
    expect(rows(list)).toEqual([{ address: NEW, last: 'You: Hello from the computer', state: 'On phone' }]);
  });
});
