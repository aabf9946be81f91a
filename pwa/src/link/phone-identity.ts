import { createDeviceKey } from '@core/auth/device-key';
import type { PhoneDb, PhoneIdentity, ServerIdentity } from '../db/phone-db';
import { deviceName } from './device-name';

function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

/** 128 random bits each: nobody can guess the id, and the token lets a reload reclaim it. */
export function newServerIdentity(): ServerIdentity {
  return { peerId: `pt-${randomHex(16)}`, token: randomHex(16) };
}

/**
 * The phone's signing key, name and per-server ids. The key is made outside the transaction
 * (WebCrypto would let it commit early); if two tabs race, the first stored identity wins and the
 * other key is dropped. An install from before per-server ids keeps its one id on the servers its
 * computers use (they are already told it) and gets new ones everywhere else.
 */
export async function phoneIdentity(db: PhoneDb): Promise<PhoneIdentity> {
  const existing = await db.identity.get('self');
  if (existing?.deviceKey && existing.servers) return existing;
  const deviceKey = existing?.deviceKey ?? (await createDeviceKey());
  return db.transaction('rw', db.identity, db.computers, async () => {
    const stored = await db.identity.get('self');
    if (stored?.deviceKey && stored.servers) return stored;
    const servers: Record<string, ServerIdentity> = {};
    if (stored?.peerId && stored.token) {
      for (const computer of await db.computers.toArray()) {
        servers[computer.signalingUrl] = { peerId: stored.peerId, token: stored.token };
      }
    }
    const identity: PhoneIdentity = {
      key: 'self',
      servers,
      deviceName: stored?.deviceName ?? deviceName(),
      deviceKey: stored?.deviceKey ?? deviceKey,
    };
    await db.identity.put(identity);
    return identity;
  });
}
