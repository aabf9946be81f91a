import type { ErrorCode } from '@core/protocol/frames';
import type { RefusalProof } from '@core/session/secure-session';
import type { PairedComputer } from '../db/phone-db';

/**
 * Whether a refusal from a computer may make this phone forget it. Only the computer's own word
 * counts: said inside the authenticated session (its unpairing, the SAS check's "they differ"), or
 * signed during the handshake by the key this phone pinned for it. An unsigned error before the
 * handshake could come from whoever answered the dial (the signaling server among them): it ends that
 * connection, and the phone keeps the pairing and dials again. A typed-code pairing pins no key until
 * the SAS check, so for it only the session's word counts.
 */
export function believesUnpairing(
  code: ErrorCode,
  proof: RefusalProof,
  known: Pick<PairedComputer, 'keyFingerprint' | 'pairCode'> | undefined,
): boolean {
  if (code !== 'not-paired' || !known) return false;
  if (proof === 'session') return true;
  return proof === 'signature' && !known.pairCode && known.keyFingerprint !== '';
}
