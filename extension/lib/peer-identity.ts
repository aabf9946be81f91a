import { createDeviceKey, type DeviceKey, keyFingerprint } from '@core/auth/device-key';
import { readKv, writeKv } from './kv';

function randomHex(bytes: number): string {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(data, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface PeerIdentity {
  peerId: string;
  token: string;
  keyFingerprint: string;
  key: DeviceKey;
}

/**
 * The computer's PeerJS id and token, random and persisted (the pairing link points at this id, and
 * the token lets a reload reclaim it), and its signing key. Only the link's document calls this.
 */
export async function peerIdentity(): Promise<PeerIdentity> {
  const key = (await readKv('deviceKey')) ?? (await createDeviceKey());
  await writeKv('deviceKey', key);
  const existing = await readKv('identity');
  const identity = {
    peerId: existing?.peerId ?? `pt-${randomHex(16)}`,
    token: existing?.token ?? randomHex(16),
    keyFingerprint: await keyFingerprint(key.spki),
  };
  if (existing?.keyFingerprint !== identity.keyFingerprint || existing.peerId !== identity.peerId) {
    await writeKv('identity', identity);
  }
  return { ...identity, key };
}
