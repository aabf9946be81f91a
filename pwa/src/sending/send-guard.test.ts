import { describe, expect, it } from 'vitest';
import { DEFAULT_GUARDS, judgeSend } from './send-guard';

const calm = {
  segments: 1,
  sentLastTenMinutes: 0,
  sentLastDay: 0,
  allSentLastDay: 0,
  newRecipient: false,
  newRecipientsLastTenMinutes: 0,
};

describe('judgeSend', () => {
  it('allows an ordinary text', () => {
    expect(judgeSend(calm, DEFAULT_GUARDS)).toEqual({ kind: 'allow' });
  });

  it('refuses past the ten-minute limit and the daily cap, saying which', () => {
    const fast = judgeSend({ ...calm, sentLastTenMinutes: 30 }, DEFAULT_GUARDS);
    expect(fast).toMatchObject({
      kind: 'refuse',
      reason: expect.stringMatching(/30 SMS every 10 minutes\./),
    });
    expect(judgeSend({ ...calm, sentLastTenMinutes: 29 }, DEFAULT_GUARDS).kind).toBe('allow');
    const day = judgeSend(
      { ...calm, sentLastDay: 200, sentLastTenMinutes: 200, allSentLastDay: 200 },
      DEFAULT_GUARDS,
    );
    expect(day).toMatchObject({
      kind: 'refuse',
      reason: expect.stringMatching(/this computer may send 200 SMS a day/),
    });
  });

  it('counts SMS, not texts: a long text that would cross a limit is refused, naming its size', () => {
    // A 10,000-character UCS-2 text is 150 SMS: under "200 texts a day" it was 30,000 SMS.
    const long = { ...calm, segments: 150 };
    expect(judgeSend(long, { ...DEFAULT_GUARDS, perTenMinutes: 200 }).kind).toBe('allow');
    expect(
      judgeSend({ ...long, sentLastDay: 51, allSentLastDay: 51 }, { ...DEFAULT_GUARDS, perTenMinutes: 200 }),
    ).toEqual({
      kind: 'refuse',
      reason:
        'Daily limit reached: this computer may send 200 SMS a day (this text is 150 SMS). You can change the limit on the phone.',
    });
    expect(judgeSend(long, DEFAULT_GUARDS)).toMatchObject({
      kind: 'refuse',
      reason: expect.stringMatching(/30 SMS every 10 minutes \(this text is 150 SMS\)/),
    });
    expect(judgeSend({ ...calm, segments: 2, sentLastTenMinutes: 28 }, DEFAULT_GUARDS).kind).toBe('allow');
    expect(judgeSend({ ...calm, segments: 3, sentLastTenMinutes: 28 }, DEFAULT_GUARDS).kind).toBe('refuse');
  });

  it('holds every computer together to one daily limit', () => {
    const others = { ...calm, sentLastDay: 10, allSentLastDay: 300 };
    expect(judgeSend(others, DEFAULT_GUARDS)).toEqual({
      kind: 'refuse',
      reason:
        'Daily limit reached: all computers together may send 300 SMS a day. You can change the limit on the phone.',
    });
    expect(judgeSend({ ...others, allSentLastDay: 299 }, DEFAULT_GUARDS).kind).toBe('allow');
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
