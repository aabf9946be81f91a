import { toBase64Url } from './base64url';

/** What the phone commits to before it has seen anything of the computer's SAS value. */
export interface SasCommitParts {
  /** The phone's SAS value (32 random bytes, base64url): revealed only after the computer's is in. */
  nonce: string;
  /** The phone's public key, and its own DTLS fingerprint: the reveal cannot move to another key or leg. */
  spki: string;
  dtls: string;
}

/**
 * SHA-256 over a tag, the value, the key and the fingerprint. It hides the value (32 random bytes
 * cannot be guessed from the hash) and binds it (another value with the same hash is a second
 * preimage): whoever committed can no longer choose its value after seeing the other side's, so the
 * six digits cannot be ground to match another leg's.
 */
export async function sasCommitment(p: SasCommitParts): Promise<string> {
  const text = ['peertext-sas-commit-v1', p.nonce, p.spki, p.dtls].join('\n');
  const digest = await crypto.subtle.digest(
    'SHA-256',
    new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>,
  );
  return toBase64Url(new Uint8Array(digest));
}

/** Whether a revealed value is the one committed to. */
export async function opensCommitment(commitment: string, p: SasCommitParts): Promise<boolean> {
  return (await sasCommitment(p)) === commitment;
}
