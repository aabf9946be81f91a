import type { AuthenticatedPeer } from '@core/session/secure-session';
import { readKv, writeKv } from './kv';

/** Phones whose keys this computer has pinned (kv `phones`): a pinned phone connects without pairing again. */
export async function isPinned(fingerprint: string): Promise<boolean> {
  return ((await readKv('phones')) ?? []).some((p) => p.fingerprint === fingerprint);
}

/** Pins the phone's key under its current name; a phone pinned before is pinned once, anew. */
export async function pin(peer: AuthenticatedPeer): Promise<void> {
  const phones = ((await readKv('phones')) ?? []).filter((p) => p.fingerprint !== peer.fingerprint);
  await writeKv('phones', [
    ...phones,
    { fingerprint: peer.fingerprint, name: peer.device, pairedAt: Date.now() },
  ]);
}

export async function unpin(fingerprint: string): Promise<void> {
  const phones = (await readKv('phones')) ?? [];
  await writeKv(
    'phones',
    phones.filter((p) => p.fingerprint !== fingerprint),
  );
}

export async function unpinAll(): Promise<void> {
  await writeKv('phones', []);
}
