import { readKv, writeKv } from './kv';

function randomHex(bytes: number): string {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  return Array.from(data, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The computer's PeerJS id and token, random and persisted: the pairing link points at this id,
 * and the token lets a reload reclaim it on the signaling server.
 */
export async function peerIdentity(): Promise<{ peerId: string; token: string }> {
  const existing = await readKv('identity');
  if (existing) return existing;
  const identity = { peerId: `pt-${randomHex(16)}`, token: randomHex(16) };
  await writeKv('identity', identity);
  return identity;
}
