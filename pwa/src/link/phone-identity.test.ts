import 'fake-indexeddb/auto';
import { keyFingerprint, signText, verifyText } from '@core/auth/device-key';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PhoneDb } from '../db/phone-db';
import { phoneIdentity } from './phone-identity';

beforeEach(() => {
  vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 7)' });
});

describe('phoneIdentity', () => {
  it('keeps the same id, token and signing key across reloads, and the key still signs', async () => {
    const name = `identity-${Math.random()}`;
    const first = await phoneIdentity(new PhoneDb(name));
    expect(first.peerId).toMatch(/^pt-[0-9a-f]{32}$/);
    expect(first.token).toMatch(/^[0-9a-f]{32}$/);
    expect(first.deviceName).toBe('Android phone');

    // A new PhoneDb on the same name is what a page reload sees.
    const again = await phoneIdentity(new PhoneDb(name));
    expect(again.peerId).toBe(first.peerId);
    expect(again.token).toBe(first.token);
    expect(await keyFingerprint(again.deviceKey.spki)).toBe(await keyFingerprint(first.deviceKey.spki));
    const sig = await signText(again.deviceKey, 'hello');
    expect(await verifyText(first.deviceKey.alg, first.deviceKey.spki, 'hello', sig)).toBe(true);
  });

  it('stores a private key that cannot be read out', async () => {
    const identity = await phoneIdentity(new PhoneDb(`identity-${Math.random()}`));
    expect(identity.deviceKey.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', identity.deviceKey.privateKey)).rejects.toThrow();
  });

  it('two tabs racing end with one identity', async () => {
    const name = `identity-${Math.random()}`;
    const [a, b] = await Promise.all([phoneIdentity(new PhoneDb(name)), phoneIdentity(new PhoneDb(name))]);
    expect(a.peerId).toBe(b.peerId);
    expect(await keyFingerprint(a.deviceKey.spki)).toBe(await keyFingerprint(b.deviceKey.spki));
  });
});
