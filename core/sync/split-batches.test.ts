import { describe, expect, it } from 'vitest';
import { MAX_FRAME_CHARS } from '../protocol/limits';
import { splitBatches } from './split-batches';
import type { Change } from './synced-message';

const put = (seq: number, body: string): Change => ({
  seq,
  op: 'put',
  message: { id: `m${seq}`, address: '+447911123456', direction: 'in', body, date: seq },
});

describe('splitBatches', () => {
  it('keeps every change, in order, each batch under the frame size', () => {
    const changes = Array.from({ length: 500 }, (_, i) => put(i + 1, 'x'.repeat((i * 37) % 900)));
    const batches = splitBatches(changes);
    expect(batches.flat()).toEqual(changes);
    for (const batch of batches) expect(JSON.stringify(batch).length).toBeLessThan(MAX_FRAME_CHARS - 300);
    expect(batches.length).toBeGreaterThan(1);
  });

  it('starts a new batch for a text that does not fit beside the last', () => {
    const batches = splitBatches([put(1, 'a'.repeat(9_000)), put(2, 'b'.repeat(10_000)), put(3, 'c')]);
    expect(batches.map((b) => b.map((c) => c.seq))).toEqual([[1], [2, 3]]);
  });

  it('cuts a body too big for any frame (UTF-8 bytes count) and marks it, never drops it', () => {
    const [[giant]] = splitBatches([put(1, 'Ж'.repeat(10_000))]) as [[Change]];
    expect(new TextEncoder().encode(JSON.stringify(giant)).length).toBeLessThan(MAX_FRAME_CHARS);
    expect(giant).toMatchObject({ seq: 1, message: { truncated: true } });
    expect(giant.op === 'put' && giant.message.body.length).toBeGreaterThan(5_000);
  });

  it('returns nothing for nothing', () => {
    expect(splitBatches([])).toEqual([]);
  });
});
