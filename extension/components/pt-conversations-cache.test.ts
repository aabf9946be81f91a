// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { allParts, mount, until } from '@web/component-fixture';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCachedConversations, type ShownConversation } from '../lib/conversation-cache';
import { db } from '../lib/extension-db';
import './pt-conversations';

const ALICE = '+447911123456';
const BOB = '+447700900123';

const names = (list: Element) =>
  allParts(list, 'conversation').map((row) =>
    row.querySelector('[data-testid="conversation-name"]')?.textContent?.trim(),
  );

const seen: ShownConversation = {
  address: BOB,
  who: 'Bob Example',
  whoIsNumber: false,
  date: 1_000,
  last: 'You: See you then',
  state: 'Delivered',
  unread: 1,
};

const marks = () =>
  performance
    .getEntriesByType('mark')
    .map((m) => m.name)
    .filter((n) => n.startsWith('peertext:'));

beforeEach(async () => {
  await Promise.all([db.threads, db.contacts, db.messages, db.outbox].map((t) => t.clear()));
  localStorage.clear();
  performance.clearMarks();
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('pt-conversations painted from the last-seen list', () => {
  it('shows the cached rows on its first render, then the live ones, which it caches', async () => {
    localStorage.setItem('peertext:conversations', JSON.stringify([seen]));
    await db.threads.put({ address: ALICE, lastDate: 2_000, lastBody: 'Hi', lastDirection: 'in', unread: 0 });
    await db.messages.put({
      id: 'rx:1',
      address: ALICE,
      direction: 'in',
      body: 'Hi',
      date: 2_000,
      read: true,
    });
    const list = await mount('pt-conversations', { region: 'GB' });
    // No IndexedDB answer and no number formatting yet: the cached rows, as they were shown.
    expect(names(list)).toEqual(['Bob Example']);
    expect(
      allParts(list, 'conversation')[0]?.querySelector('[data-testid="conversation-unread"]')?.textContent,
    ).toBe('1');
    expect(marks()).toEqual(['peertext:conversations-shown']);

    await until(() => names(list)[0] === '07911 123456', 'the live list');
    expect(names(list)).toEqual(['07911 123456']);
    expect(marks()).toEqual(['peertext:conversations-shown', 'peertext:conversations-live']);
    expect(readCachedConversations()).toEqual([
      { address: ALICE, who: '07911 123456', whoIsNumber: true, date: 2_000, last: 'Hi', unread: 0 },
    ]);
  });

  it('opens a cached row’s conversation like a live one', async () => {
    localStorage.setItem('peertext:conversations', JSON.stringify([seen]));
    const list = await mount('pt-conversations');
    const asked: string[] = [];
    list.addEventListener('open', (event) => asked.push((event as CustomEvent<string>).detail));
    allParts(list, 'conversation')[0]!.click();
    expect(asked).toEqual([BOB]);
  });

  it('drops the cached rows once the live query says there are none', async () => {
    localStorage.setItem('peertext:conversations', JSON.stringify([seen]));
    const list = await mount('pt-conversations');
    expect(names(list)).toHaveLength(1);
    await until(() => /No conversations yet/.test(list.shadowRoot!.textContent ?? ''), 'the empty list');
    expect(names(list)).toEqual([]);
    expect(readCachedConversations()).toEqual([]);
  });
});
