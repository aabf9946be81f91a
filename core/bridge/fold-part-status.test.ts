import { describe, expect, it } from 'vitest';
import type { SmsStatus } from './bridge-contract';
import { foldPartStatus, foldParts } from './fold-part-status';

const s = (part: number, state: SmsStatus['state'], parts = 3): SmsStatus => ({
  id: 'm',
  part,
  parts,
  state,
});

describe('foldPartStatus', () => {
  it('stays on-phone until every part is sent', () => {
    expect(foldPartStatus([])).toBe('on-phone');
    expect(foldPartStatus([s(0, 'sent'), s(1, 'sent')])).toBe('on-phone');
  });

  it('is sent when every part is sent and delivered when every part is delivered', () => {
    expect(foldPartStatus([s(0, 'sent'), s(1, 'sent'), s(2, 'sent')])).toBe('sent');
    expect(foldPartStatus([s(0, 'delivered'), s(1, 'sent'), s(2, 'delivered')])).toBe('sent');
    expect(foldPartStatus([s(0, 'delivered'), s(1, 'delivered'), s(2, 'delivered')])).toBe('delivered');
  });

  it('keeps delivered when a late sent report arrives for the same part', () => {
    expect(foldPartStatus([s(0, 'delivered', 1), s(0, 'sent', 1)])).toBe('delivered');
  });

  it('fails when any part fails', () => {
    expect(foldPartStatus([s(0, 'sent'), s(1, 'failed'), s(2, 'delivered')])).toBe('failed');
  });
});

describe('foldParts', () => {
  it('gives the state, and for a failed message the reason of its failed part', () => {
    expect(foldParts([s(0, 'sent'), s(1, 'sent'), s(2, 'sent')])).toEqual({ state: 'sent' });
    expect(foldParts([s(0, 'sent'), { ...s(1, 'failed'), reason: 'No service' }])).toEqual({
      state: 'failed',
      reason: 'No service',
    });
  });

  it('words a failed part that came with a result code only, or with nothing', () => {
    expect(foldParts([{ ...s(0, 'failed'), resultCode: 7 }])).toEqual({
      state: 'failed',
      reason: 'Error code 7',
    });
    expect(foldParts([s(0, 'failed')])).toEqual({ state: 'failed', reason: 'Not sent' });
  });
});
