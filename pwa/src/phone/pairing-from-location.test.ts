import { describe, expect, it } from 'vitest';
import { pairingFromLocation } from './pairing-from-location';

describe('pairingFromLocation', () => {
  it('ignores a page load without a pairing hash', () => {
    expect(pairingFromLocation('http://phone.local:8788/')).toBeUndefined();
    expect(pairingFromLocation('http://phone.local:8788/#other')).toBeUndefined();
  });

  it('reads a pairing link and reports a damaged one', () => {
    const k = 'K'.repeat(43);
    const t = 'T'.repeat(22);
    const good = `http://phone.local:8788/#pair=1&s=http%3A%2F%2F10.0.0.2%3A8787&p=pt-abc&d=Chrome%20on%20Linux&k=${k}&t=${t}`;
    expect(pairingFromLocation(good)).toEqual({
      signalingUrl: 'http://10.0.0.2:8787',
      peerId: 'pt-abc',
      device: 'Chrome on Linux',
      keyFingerprint: k,
      secret: t,
    });
    expect(pairingFromLocation('http://phone.local:8788/#pair=1&p=pt-abc')).toMatchObject({
      error: expect.stringContaining('damaged'),
    });
  });
});
