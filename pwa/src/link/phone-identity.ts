import type { PhoneDb, PhoneIdentity } from '../db/phone-db';
import { deviceName } from './device-name';

function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

/** 128 random bits each: nobody can guess the id, and the token lets a reload reclaim it. */
export async function phoneIdentity(db: PhoneDb): Promise<PhoneIdentity> {
  return db.transaction('rw', db.identity, async () => {
    const existing = await db.identity.get('self');
    if (existing) return existing;
    const identity: PhoneIdentity = {
      key: 'self',
      peerId: `pt-${randomHex(16)}`,
      token: randomHex(16),
      deviceName: deviceName(),
    };
    await db.identity.add(identity);
    return identity;
  });
}
