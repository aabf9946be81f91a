// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyChanges } from './apply-changes';
import {
  CACHED_PREVIEW,
  CACHED_ROWS,
  cacheConversations,
  clearCachedConversations,
  readCachedConversations,
  type ShownConversation,
  showConversation,
} from './conversation-cache';
import { ExtensionDb } from './extension-db';
import { removeTexts } from './remove-texts';

const row = (i: number, more: Partial<ShownConversation> = {}): ShownConversation => ({
  address: `+4479111${String(i).padStart(5, '0')}`,
  who: `07911 1${String(i).padStart(5, '0')}`,
  whoIsNumber: true,
  date: 1_000 + i,
  last: `Text ${i}`,
  unread: 0,
  ...more,
});

beforeEach(() => localStorage.clear());

describe('the cached conversation list', () => {
  it('gives back what was written, and nothing once cleared', () => {
    expect(readCachedConversations()).toBeUndefined();
    const rows = [row(1, { unread: 2 }), row(2, { who: 'Alice', whoIsNumber: false, state: 'Queued' })];
    cacheConversations(rows);
    expect(readCachedConversations()).toEqual(rows);
    clearCachedConversations();
    expect(readCachedConversations()).toBeUndefined();
  });

  it('holds no more than the list shows: its rows, each preview cut to a line', () => {
    cacheConversations(
      Array.from({ length: CACHED_ROWS + 20 }, (_, i) => row(i, { last: 'x'.repeat(5_000) })),
    );
    const cached = readCachedConversations()!;
    expect(cached).toHaveLength(CACHED_ROWS);
    expect(cached.every((r) => r.last.length === CACHED_PREVIEW)).toBe(true);
  });

  it('ignores what it cannot read, so the list just waits for the live query', () => {
    localStorage.setItem('peertext:conversations', '{not json');
    expect(readCachedConversations()).toBeUndefined();
    localStorage.setItem('peertext:conversations', JSON.stringify([{ address: 1 }]));
    expect(readCachedConversations()).toBeUndefined();
  });

  it('shows a live row with “You:”, the state of a text sent from here, and the number as formatted', () => {
    const shown = showConversation(
      {
        address: '+447911123456',
        unread: 0,
        latest: { id: 'm1', direction: 'out', body: 'On my way', date: 5, state: 'on-phone' },
      },
      (address) => `formatted ${address}`,
    );
    expect(shown).toEqual({
      address: '+447911123456',
      who: 'formatted +447911123456',
      whoIsNumber: true,
      date: 5,
      last: 'You: On my way',
      state: 'On phone',
      unread: 0,
    });
  });
});

describe('clearing the cached list', () => {
  it('goes with the texts: removing them all, or the phone deleting one', async () => {
    const db = new ExtensionDb(`cache-${Math.random()}`);
    const message = {
      id: 'rx:1',
      address: '+447911123456',
      direction: 'in',
      body: 'Secret',
      date: 1,
    } as const;
    const apply = (change: Parameters<typeof applyChanges>[1][number]) =>
      db.transaction('rw', [db.messages, db.threads, db.contacts, db.outbox], () =>
        applyChanges(db, [change]),
      );
    await apply({ seq: 1, op: 'put', message });
    cacheConversations([row(1)]);
    await apply({ seq: 2, op: 'put', message: { ...message, id: 'rx:2' } });
    expect(readCachedConversations()).toHaveLength(1);
    await apply({ seq: 3, op: 'delete', id: 'rx:1' });
    expect(readCachedConversations()).toBeUndefined();

    cacheConversations([row(1)]);
    await removeTexts(db);
    expect(readCachedConversations()).toBeUndefined();
  });
});
