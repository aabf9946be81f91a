// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import type { SyncedMessage } from '@core/sync/synced-message';
import { allParts, maybePart, mount, part, until } from '@web/component-fixture';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, type Thread } from '../lib/extension-db';
import './pt-conversations';

const ALICE = '+447911123456';
const BOB = '+447700900123';

const thread = (address: string, lastDate: number, lastBody: string, more: Partial<Thread> = {}): Thread => ({
  address,
  lastDate,
  lastBody,
  lastDirection: 'in',
  unread: 0,
  ...more,
});

/** Conversations as sync leaves them: each row, and the newest text it sums up. */
async function seed(...threads: Thread[]): Promise<void> {
  await db.threads.bulkPut(threads);
  await db.messages.bulkPut(
    threads.map((t) => ({
      id: `last:${t.address}`,
      address: t.address,
      direction: t.lastDirection,
      body: t.lastBody,
      date: t.lastDate,
    })),
  );
}

const text = (id: string, address: string, body: string, date: number): SyncedMessage => ({
  id,
  address,
  direction: 'in',
  body,
  date,
});

/** What each row of the list shows, top to bottom. */
function rows(list: Element) {
  return allParts(list, 'conversation').map((row) => ({
    address: row.dataset['address'],
    name: row.querySelector('[data-testid="conversation-name"]')?.textContent?.trim(),
    last: row.querySelector('.last')?.textContent?.trim(),
    unread: row.querySelector('[data-testid="conversation-unread"]')?.textContent?.trim(),
  }));
}

function search(list: Element, query: string): void {
  const box = part<HTMLInputElement>(list, 'search');
  box.value = query;
  box.dispatchEvent(new InputEvent('input'));
}

/** The addresses the list asked to open, in order. */
function opened(list: Element): string[] {
  const addresses: string[] = [];
  list.addEventListener('open', (event) => addresses.push((event as CustomEvent<string>).detail));
  return addresses;
}

beforeEach(async () => {
  await Promise.all([db.threads.clear(), db.contacts.clear(), db.messages.clear(), db.outbox.clear()]);
  localStorage.clear();
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('pt-conversations', () => {
  it('lists conversations newest first, by contact name or number, with unread counts', async () => {
    await seed(
      thread(ALICE, 1_000, 'See you'),
      thread(BOB, 3_000, 'On my way', { lastDirection: 'out' }),
      thread('BANK', 2_000, 'Your code is 1234', { unread: 2 }),
    );
    await db.contacts.put({ address: BOB, name: 'Bob Example' });
    const list = await mount('pt-conversations', { region: 'US' });
    await until(() => rows(list).length === 3, 'the conversations');
    expect(rows(list)).toEqual([
      { address: BOB, name: 'Bob Example', last: 'You: On my way', unread: undefined },
      { address: 'BANK', name: 'BANK', last: 'Your code is 1234', unread: '2' },
      { address: ALICE, name: '+44 7911 123456', last: 'See you', unread: undefined },
    ]);
  });

  it('shows numbers of the browser’s region the national way, others international, on one line', async () => {
    await seed(thread(ALICE, 2_000, 'See you'), thread('84222', 500, 'Reply STOP'));
    await db.threads.put(thread('+33612345678', 1_000, 'Salut'));
    await db.messages.add(text('m1', '+33612345678', 'Salut', 1_000));
    const list = await mount('pt-conversations', { region: 'GB' });
    await until(() => rows(list).length === 3, 'the conversations');
    expect(rows(list).map((r) => r.name)).toEqual(['07911 123456', '+33 6 12 34 56 78', '84222']);
    const numbers = list.shadowRoot?.querySelectorAll('[data-testid="conversation-name"] .tel') ?? [];
    expect(numbers).toHaveLength(3);
    search(list, 'salut');
    await until(() => allParts(list, 'search-result').length === 1, 'the search result');
    expect(part(list, 'search-result').querySelector('.who .tel')?.textContent).toBe('+33 6 12 34 56 78');
  });

  it('shows a conversation that arrives while the list is open, at the top', async () => {
    await seed(thread(ALICE, 1_000, 'See you'));
    const list = await mount('pt-conversations');
    await until(() => rows(list).length === 1, 'the first conversation');
    await seed(thread(BOB, 2_000, 'Hello?', { unread: 1 }));
    await until(() => rows(list).length === 2, 'the new conversation');
    expect(rows(list).map((r) => [r.address, r.unread])).toEqual([
      [BOB, '1'],
      [ALICE, undefined],
    ]);
  });

  it('says so when there are no conversations yet', async () => {
    const list = await mount('pt-conversations');
    await until(() => /No conversations yet/.test(list.shadowRoot!.textContent ?? ''), 'the empty list');
    expect(maybePart(list, 'conversation')).toBeUndefined();
  });

  it('opens the conversation that was clicked', async () => {
    await seed(thread(ALICE, 1_000, 'See you'), thread(BOB, 2_000, 'Hello?'));
    const list = await mount('pt-conversations');
    const asked = opened(list);
    await until(() => rows(list).length === 2, 'the conversations');
    allParts(list, 'conversation')[1]!.click();
    expect(asked).toEqual([ALICE]);
  });

  it('finds texts by any part of their body, ignoring case, and opens the conversation of a result', async () => {
    await db.threads.bulkPut([thread(ALICE, 2, 'Dinner at 8?'), thread(BOB, 3, 'Parcel delivered')]);
    await db.messages.bulkPut([
      text('a1', ALICE, 'Are we still on for DINNER?', 1),
      text('a2', ALICE, 'Dinner at 8?', 2),
      text('b1', BOB, 'Parcel delivered', 3),
    ]);
    const list = await mount('pt-conversations');
    const asked = opened(list);
    await until(() => rows(list).length === 2, 'the conversations');

    search(list, '  dinner ');
    await until(() => allParts(list, 'search-result').length === 2, 'the search results');
    expect(allParts(list, 'search-result').map((r) => r.querySelector('.last')?.textContent)).toEqual([
      'Are we still on for DINNER?',
      'Dinner at 8?',
    ]);
    // While searching, the results stand in for the list.
    expect(maybePart(list, 'conversation')).toBeUndefined();
    allParts(list, 'search-result')[0]!.click();
    expect(asked).toEqual([ALICE]);

    search(list, 'parcel');
    await until(() => allParts(list, 'search-result').length === 1, 'the new results');
    allParts(list, 'search-result')[0]!.click();
    expect(asked).toEqual([ALICE, BOB]);
  });

  it('says when no text matches, and shows the list again once the search is cleared', async () => {
    await db.threads.put(thread(ALICE, 1, 'See you'));
    await db.messages.put(text('a1', ALICE, 'See you', 1));
    const list = await mount('pt-conversations');
    await until(() => rows(list).length === 1, 'the conversation');
    search(list, 'tomorrow');
    await until(
      () => /No text contains “tomorrow”/.test(list.shadowRoot!.textContent ?? ''),
      'the no-match note',
    );
    expect(maybePart(list, 'search-result')).toBeUndefined();
    search(list, '   ');
    await until(() => rows(list).length === 1, 'the list to come back');
    expect(list.shadowRoot!.textContent).not.toContain('No text contains');
  });
});
