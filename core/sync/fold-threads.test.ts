import { describe, expect, it } from 'vitest';
import { foldThreads } from './fold-threads';
import type { SyncedMessage } from './synced-message';

const text = (id: string, address: string, date: number, direction: 'in' | 'out' = 'in'): SyncedMessage => ({
  id,
  address,
  direction,
  body: `body ${id}`,
  date,
});

describe('foldThreads', () => {
  it('makes one summary per address with the newest text, whatever the order they come in', () => {
    const folded = foldThreads(
      [],
      [text('a', '+1', 20), text('b', '+1', 10), text('c', 'BANK', 5, 'out')],
      () => false,
    );
    expect(folded).toEqual([
      { address: '+1', lastDate: 20, lastBody: 'body a', lastDirection: 'in', unread: 0 },
      { address: 'BANK', lastDate: 5, lastBody: 'body c', lastDirection: 'out', unread: 0 },
    ]);
  });

  it('adds to the stored unread count only for the texts it is told are new and unread', () => {
    const stored = [
      { address: '+1', lastDate: 50, lastBody: 'old', lastDirection: 'in' as const, unread: 2 },
    ];
    const folded = foldThreads(stored, [text('a', '+1', 40), text('b', '+1', 60)], (m) => m.id === 'b');
    expect(folded).toEqual([
      { address: '+1', lastDate: 60, lastBody: 'body b', lastDirection: 'in', unread: 3 },
    ]);
    // The stored summary itself is left alone.
    expect(stored[0]!.unread).toBe(2);
  });

  it('keeps a long text to a preview', () => {
    const long = { ...text('a', '+1', 1), body: 'x'.repeat(1000) };
    expect(foldThreads([], [long], () => false)[0]!.lastBody).toHaveLength(200);
  });
});
