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

  it('reads every other limit and timing, and the PeerJS key', () => {
    expect(
      signalingOptionsFromEnv({
        MAX_PEERS: '50000',
        MAX_FRAME_BYTES: '32768',
        PAIR_CODE_TTL_MS: '120000',
        ALIVE_TIMEOUT_MS: '30000',
        PEERJS_KEY: 'peertext',
      }),
    ).toEqual({
      maxPeers: 50_000,
      maxFrameBytes: 32_768,
      pairCodeTtl: 120_000,
      aliveTimeout: 30_000,
      key: 'peertext',
    });
    expect(() => signalingOptionsFromEnv({ PEERJS_KEY: 'no spaces' })).toThrow(/^PEERJS_KEY must be/);
    expect(() => signalingOptionsFromEnv({ MAX_PEERS: '0' })).toThrow(/^MAX_PEERS must be a whole number/);
  });
});
