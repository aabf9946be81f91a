import { describe, expect, it } from 'vitest';
import { defaultSignalingOptions } from './options';
import { createRateLimits } from './rate-limits';

describe('createRateLimits without Redis', () => {
  it('gives each address its own budget per window, and says when to come back', async () => {
    const { pairLookups } = createRateLimits({ ...defaultSignalingOptions, pairLookupsPerMinutePerIp: 2 });
    expect(await pairLookups.take('203.0.113.1')).toEqual({ ok: true });
    expect(await pairLookups.take('203.0.113.1')).toEqual({ ok: true });
    const refused = await pairLookups.take('203.0.113.1');
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.retryAfterMs).toBeGreaterThan(59_000);
      expect(refused.retryAfterMs).toBeLessThanOrEqual(60_000);
    }
    expect(await pairLookups.take('203.0.113.2')).toEqual({ ok: true });
  });

  it('keeps the budgets apart', async () => {
    const limits = createRateLimits({ ...defaultSignalingOptions, pairCodesPerMinutePerIp: 1 });
    expect(await limits.pairCodes.take('a')).toEqual({ ok: true });
    expect((await limits.pairCodes.take('a')).ok).toBe(false);
    expect(await limits.iceRequests.take('a')).toEqual({ ok: true });
    expect(await limits.messages.take('a')).toEqual({ ok: true });
  });
});
