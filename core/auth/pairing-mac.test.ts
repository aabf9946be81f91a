import { describe, expect, it } from 'vitest';
import { pairingMac, verifyPairingMac } from './pairing-mac';

describe('pairingMac', () => {
  it('verifies only with the same secret and the same transcript', async () => {
    const mac = await pairingMac('secret-one', 'transcript-a');
    expect(mac).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await verifyPairingMac('secret-one', 'transcript-a', mac)).toBe(true);
    expect(await verifyPairingMac('secret-two', 'transcript-a', mac)).toBe(false);
    // The same secret on another connection (other fingerprints): a relay cannot reuse it.
    expect(await verifyPairingMac('secret-one', 'transcript-b', mac)).toBe(false);
  });

  it('refuses a MAC that is not base64url instead of throwing', async () => {
    expect(await verifyPairingMac('secret-one', 'transcript-a', '***')).toBe(false);
  });
});
