import { describe, expect, it } from 'vitest';
import { createDeviceKey, keyFingerprint, signText, verifyText } from './device-key';

describe('device key', () => {
  it('makes a non-extractable signing key whose signatures verify only for the same text', async () => {
    const key = await createDeviceKey();
    expect(key.alg).toBe('Ed25519');
    expect(key.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', key.privateKey)).rejects.toThrow();
    const sig = await signText(key, 'hello');
    expect(await verifyText(key.alg, key.spki, 'hello', sig)).toBe(true);
    expect(await verifyText(key.alg, key.spki, 'hello!', sig)).toBe(false);
  });

  it('falls back to ECDSA P-256 and still verifies', async () => {
    const key = await createDeviceKey('ECDSA-P256');
    expect(key.alg).toBe('ECDSA-P256');
    expect(await verifyText(key.alg, key.spki, 'x', await signText(key, 'x'))).toBe(true);
  });

  it('says no, without throwing, to another key or garbage', async () => {
    const [a, b] = [await createDeviceKey(), await createDeviceKey()];
    const sig = await signText(a, 'x');
    expect(await verifyText(b.alg, b.spki, 'x', sig)).toBe(false);
    expect(await verifyText(a.alg, 'not-a-key', 'x', sig)).toBe(false);
    expect(await verifyText(a.alg, a.spki, 'x', '!!')).toBe(false);
  });

  it('fingerprints are 43 base64url characters and differ per key', async () => {
    const [a, b] = [await createDeviceKey(), await createDeviceKey()];
    const fa = await keyFingerprint(a.spki);
    expect(fa).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(fa).not.toBe(await keyFingerprint(b.spki));
  });
});
