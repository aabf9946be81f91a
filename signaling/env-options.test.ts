import { describe, expect, it } from 'vitest';
import { signalingOptionsFromEnv } from './env-options';

describe('signalingOptionsFromEnv', () => {
  it('reads the pairing limits an operator set', () => {
    expect(
      signalingOptionsFromEnv({ PAIR_CODES_PER_MINUTE_PER_IP: '100', PAIR_LOOKUPS_PER_MINUTE_PER_IP: '50' }),
    ).toEqual({ pairCodesPerMinutePerIp: 100, pairLookupsPerMinutePerIp: 50 });
  });

  it('leaves unset and empty variables to the defaults', () => {
    expect(signalingOptionsFromEnv({ PAIR_CODES_PER_MINUTE_PER_IP: '', OTHER: '3' })).toEqual({});
  });

  it.each(['0', '-1', '2.5', 'ten'])('refuses %s with the variable named', (given) => {
    expect(() => signalingOptionsFromEnv({ PAIR_LOOKUPS_PER_MINUTE_PER_IP: given })).toThrow(
      /PAIR_LOOKUPS_PER_MINUTE_PER_IP must be a whole number/,
    );
  });
});
