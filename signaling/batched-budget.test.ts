import { describe, expect, it } from 'vitest';
import { BATCH_MS, BatchedBudget } from './batched-budget';
import { FixedWindow } from './fixed-window';
import type { RateDecision } from './rate-limits';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A shared store as another instance would see it: a window of its own, fed `points` at a time. */
function sharedStore(points: number) {
  const window = new FixedWindow(points, 10_000);
  const calls: [string, number][] = [];
  const consume = async (key: string, used: number): Promise<RateDecision> => {
    calls.push([key, used]);
    let decision: RateDecision = { ok: true };
    for (let i = 0; i < used; i++) decision = window.take(key);
    return decision;
  };
  return { window, calls, consume };
}

const sender = () => {
  const s = {
    cut: 0,
    overBudget() {
      s.cut += 1;
    },
  };
  return s;
};

describe('BatchedBudget', () => {
  it('sends one count per address per batch, not one call per message', async () => {
    const store = sharedStore(100);
    const budget = new BatchedBudget(100, 10_000, store.consume, () => undefined);
    const a = sender();
    for (let i = 0; i < 5; i++) expect(budget.take('203.0.113.1', a)).toBe(true);
    expect(budget.take('203.0.113.2', a)).toBe(true);
    await sleep(BATCH_MS * 3);
    expect(store.calls).toEqual([
      ['203.0.113.1', 5],
      ['203.0.113.2', 1],
    ]);
    expect(a.cut).toBe(0);
  });

  it('refuses at once when this instance alone is over the budget', () => {
    const store = sharedStore(3);
    const budget = new BatchedBudget(3, 10_000, store.consume, () => undefined);
    const a = sender();
    expect([1, 2, 3, 4].map(() => budget.take('a', a))).toEqual([true, true, true, false]);
  });

  it('tells every sender of a batch when the shared budget, spent elsewhere too, refuses it', async () => {
    const store = sharedStore(3);
    // Another instance spent two of the address's three already.
    await store.consume('a', 2);
    const budget = new BatchedBudget(3, 10_000, store.consume, () => undefined);
    const first = sender();
    const second = sender();
    expect(budget.take('a', first)).toBe(true);
    expect(budget.take('a', second)).toBe(true);
    await sleep(BATCH_MS * 3);
    expect([first.cut, second.cut]).toEqual([1, 1]);
  });

  it('reports a store that fails, and cuts nobody for it', async () => {
    const errors: unknown[] = [];
    const budget = new BatchedBudget(
      3,
      10_000,
      () => Promise.reject(new Error('down')),
      (e) => errors.push(e),
    );
    const a = sender();
    budget.take('a', a);
    await sleep(BATCH_MS * 3);
    expect(errors).toHaveLength(1);
    expect(a.cut).toBe(0);
  });
});
