import { describe, expect, it } from 'vitest';
import { DEFAULT_GUARDS, judgeSend } from './send-guard';

const calm = { sentLastTenMinutes: 0, sentLastDay: 0, newRecipient: false, newRecipientsLastTenMinutes: 0 };

describe('judgeSend', () => {
  it('allows an ordinary text', () => {
    expect(judgeSend(calm, DEFAULT_GUARDS)).toEqual({ kind: 'allow' });
  });

  it('refuses past the ten-minute limit and the daily cap, saying which', () => {
    const fast = judgeSend({ ...calm, sentLastTenMinutes: 30 }, DEFAULT_GUARDS);
    expect(fast).toMatchObject({ kind: 'refuse', reason: expect.stringMatching(/30 every 10 minutes/) });
    expect(judgeSend({ ...calm, sentLastTenMinutes: 29 }, DEFAULT_GUARDS).kind).toBe('allow');
    const day = judgeSend({ ...calm, sentLastDay: 200, sentLastTenMinutes: 200 }, DEFAULT_GUARDS);
    expect(day).toMatchObject({ kind: 'refuse', reason: expect.stringMatching(/200 texts a day/) });
  });

  it('follows changed settings', () => {
    const strict = { ...DEFAULT_GUARDS, perTenMinutes: 2, perDay: 3 };
    expect(judgeSend({ ...calm, sentLastTenMinutes: 2, sentLastDay: 2 }, strict).kind).toBe('refuse');
    expect(judgeSend({ ...calm, sentLastTenMinutes: 0, sentLastDay: 3 }, strict).kind).toBe('refuse');
  });

  it('holds a costly number even when well within the limits', () => {
    expect(judgeSend({ ...calm, costly: '84222 is a short code.' }, DEFAULT_GUARDS)).toEqual({
      kind: 'hold',
      reason: 'Confirm on the phone: 84222 is a short code.',
    });
  });

  it('holds the sixth new recipient in ten minutes, not a known one', () => {
    const burst = { ...calm, newRecipient: true, newRecipientsLastTenMinutes: 5 };
    expect(judgeSend(burst, DEFAULT_GUARDS)).toMatchObject({ kind: 'hold' });
    expect(judgeSend({ ...burst, newRecipientsLastTenMinutes: 4 }, DEFAULT_GUARDS).kind).toBe('allow');
    expect(judgeSend({ ...burst, newRecipient: false }, DEFAULT_GUARDS).kind).toBe('allow');
  });
});
