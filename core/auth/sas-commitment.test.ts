import { describe, expect, it } from 'vitest';
import { opensCommitment, sasCommitment } from './sas-commitment';

const committed = { nonce: 'n'.repeat(43), spki: 'spki-phone', dtls: 'dtls-phone' };

describe('sasCommitment', () => {
  it('opens with the committed value, key and fingerprint, and with nothing else', async () => {
    const commitment = await sasCommitment(committed);
    expect(commitment).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(commitment).not.toContain(committed.nonce.slice(0, 8));
    expect(await opensCommitment(commitment, committed)).toBe(true);
    expect(await opensCommitment(commitment, { ...committed, nonce: 'm'.repeat(43) })).toBe(false);
    expect(await opensCommitment(commitment, { ...committed, spki: 'spki-relay' })).toBe(false);
    expect(await opensCommitment(commitment, { ...committed, dtls: 'dtls-relay' })).toBe(false);
  });
});
