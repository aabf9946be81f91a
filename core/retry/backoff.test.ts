import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Backoff } from './backoff';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** When each try ran, in ms since the start, for `failures` failures in a row. */
function triesAt(backoff: Backoff, failures: number): number[] {
  const at: number[] = [];
  const start = Date.now();
  const fail = () => {
    at.push(Date.now() - start);
    if (at.length < failures) backoff.retry(fail);
  };
  backoff.retry(fail);
  vi.runAllTimers();
  return at;
}

describe('Backoff', () => {
  it('waits 1, 2, 4, 8, then 10 seconds at most between tries', () => {
    expect(triesAt(new Backoff(), 6)).toEqual([1_000, 3_000, 7_000, 15_000, 25_000, 35_000]);
  });

  it('starts again from the short wait after a success', () => {
    const backoff = new Backoff();
    triesAt(backoff, 3);
    backoff.succeeded();
    expect(triesAt(backoff, 1)).toEqual([1_000]);
  });

  it('keeps one try waiting, however often a failure asks for one', () => {
    const backoff = new Backoff();
    const action = vi.fn();
    backoff.retry(action);
    backoff.retry(action);
    expect(backoff.waiting).toBe(true);
    vi.runAllTimers();
    expect(action).toHaveBeenCalledTimes(1);
    expect(backoff.waiting).toBe(false);
  });

  it('runs nothing once cancelled', () => {
    const backoff = new Backoff();
    const action = vi.fn();
    backoff.retry(action);
    backoff.cancel();
    vi.runAllTimers();
    expect(action).not.toHaveBeenCalled();
    expect(backoff.waiting).toBe(false);
  });
});
