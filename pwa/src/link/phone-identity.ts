import { createDeviceKey } from '@core/auth/device-key';
import type { PhoneDb, PhoneIdentity } from '../db/phone-db';
import { deviceName } from './device-name';

function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

/**
 * 128 random bits each: nobody can guess the id, and the token lets a reload reclaim it. The signing
 * key is made outside the transaction (WebCrypto would let it commit early); if two tabs race, the
 * first stored identity wins and the other key is dropped.
 */
export async function phoneIdentity(db: PhoneDb): Promise<PhoneIdentity> {
  const existing = await db.identity.get('self');
  if (existing?.deviceKey) return existing;
  const deviceKey = await createDeviceKey();
  return db.transaction('rw', db.identity, async () => {
    const stored = await db.identity.get('self');
    if (stored?.deviceKey) return stored;
    const identity: PhoneIdentity = {
      key: 'self',
      peerId: stored?.peerId ?? `pt-${randomHex(16)}`,
      token: stored?.token ?? randomHex(16),
      deviceName: stored?.deviceName ?? deviceName(),
      deviceKey,
    };
    await db.identity.put(identity);
    return identity;
  });
}
