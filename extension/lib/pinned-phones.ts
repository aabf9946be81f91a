import type { AuthenticatedPeer } from '@core/session/secure-session';
import { readKv, writeKv } from './kv';

/** Phones whose keys this computer has pinned (kv `phones`): a pinned phone connects without pairing again. */
export async function isPinned(fingerprint: string): Promise<boolean> {
  return ((await readKv('phones')) ?? []).some((p) => p.fingerprint === fingerprint);
}

/**
 * Pins the phone's key under its current name, once; a phone pinned before keeps when it was paired.
 * Each pin is a session beginning, so it is also the phone's last contact.
 */
export async function pin(peer: AuthenticatedPeer): Promise<void> {
  const all = (await readKv('phones')) ?? [];
  const before = all.find((p) => p.fingerprint === peer.fingerprint);
  const now = Date.now();
  await writeKv('phones', [
    ...all.filter((p) => p.fingerprint !== peer.fingerprint),
    {
      fingerprint: peer.fingerprint,
      name: peer.device,
      pairedAt: before?.pairedAt ?? now,
      lastContactAt: now,
    },
  ]);
}

/** A session with this phone ended: that was its last contact. */
export async function touch(fingerprint: string): Promise<void> {
  const all = (await readKv('phones')) ?? [];
  if (!all.some((p) => p.fingerprint === fingerprint)) return;
  const now = Date.now();
  await writeKv(
    'phones',
    all.map((p) => (p.fingerprint === fingerprint ? { ...p, lastContactAt: now } : p)),
  );
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
