import { describe, expect, it } from 'vitest';
import { defaultSignalingOptions, resolveSignalingOptions } from './options';

describe('resolveSignalingOptions', () => {
  it('uses the PeerJS defaults when given nothing', () => {
    expect(resolveSignalingOptions()).toEqual(defaultSignalingOptions);
    expect(resolveSignalingOptions()).toMatchObject({
      key: 'peerjs',
      expireTimeout: 5000,
      aliveTimeout: 60_000,
    });
  });

  it('overrides only what is given, ignoring undefined', () => {
    const resolved = resolveSignalingOptions({ maxPeers: 3, key: undefined });
    expect(resolved.maxPeers).toBe(3);
    expect(resolved.key).toBe('peerjs');
  });

  it('rejects settings that would disable a limit by accident', () => {
    expect(() => resolveSignalingOptions({ maxFrameBytes: 0 })).toThrow(/maxFrameBytes/);
    expect(() => resolveSignalingOptions({ aliveTimeout: Number.NaN })).toThrow(/aliveTimeout/);
    expect(() => resolveSignalingOptions({ key: '' })).toThrow(/key/);
  });
});
