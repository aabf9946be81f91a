import { describe, expect, it } from 'vitest';
import { planBatch } from './plan-batch';
import type { Change } from './synced-message';

const put = (seq: number, id = `m${seq}`): Change => ({
  seq,
  op: 'put',
  message: { id, address: '+447911123456', direction: 'in', body: 'Hi', date: seq },
});

describe('planBatch', () => {
  it('applies the changes after the cursor, in order, and moves the cursor to the last', () => {
    expect(planBatch(0, [put(1), put(2), put(3)])).toEqual({
      kind: 'apply',
      changes: [put(1), put(2), put(3)],
      cursor: 3,
    });
  });

  it('skips what it already applied, as after a reconnect mid-batch', () => {
    expect(planBatch(2, [put(1), put(2), put(3)])).toMatchObject({ kind: 'apply', cursor: 3 });
    expect(planBatch(3, [put(2), put(3)])).toEqual({ kind: 'nothing-new' });
  });

  it('asks again on a gap, at the start or inside a batch, and applies none of it', () => {
    expect(planBatch(0, [put(2)])).toEqual({ kind: 'resync', reason: 'Expected change 1, got 2.' });
    expect(planBatch(4, [put(5), put(7)])).toEqual({ kind: 'resync', reason: 'Expected change 6, got 7.' });
  });

  it('keeps two identical texts as two changes', () => {
    const twins = [put(1, 'rx:1'), put(2, 'rx:2')];
    const plan = planBatch(0, twins);
    expect(
      plan.kind === 'apply' &&
        plan.changes.map((c) => (c.op === 'put' ? c.message.id : c.op === 'delete' ? c.id : c.address)),
    ).toEqual(['rx:1', 'rx:2']);
  });
});
