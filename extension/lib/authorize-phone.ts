import type { Authorize } from '@core/session/secure-session';
import { spendPairingCode } from './pairing-code';
import { pairingOfferOnShow } from './pairing-offer';
import { isPinned } from './pinned-phones';

/**
 * Who may open a session: a pinned phone; a new one that says it read the QR code on show (SecureSession
 * then checks its proof of the QR secret); or one that typed the code on show, which is only a first
 * step: the SAS check decides (see typed-code-check.ts).
 */
export const authorizePhone: Authorize = async (peer) => {
  if (peer.role !== 'phone') return { ok: false, code: 'auth-failed', message: 'Only a phone may connect.' };
  if (await isPinned(peer.fingerprint)) return { ok: true };
  if (peer.viaQr && (await pairingOfferOnShow())) return { ok: true };
  if (peer.pairCode && (await spendPairingCode(peer.pairCode))) return { ok: true };
  return {
    ok: false,
    code: 'not-paired',
    message: refusal(peer),
  };
};

/** What the phone shows: for a one-time secret, what to do next (any attempt spends it). */
function refusal(peer: Parameters<Authorize>[0]): string {
  if (peer.viaQr) return 'This QR code was already used or has expired. Pair again from the extension.';
  if (peer.pairCode)
    return 'This pairing code was already used or has expired. Show a new code in the extension and type that one.';
  return 'This phone is not paired with this computer.';
}
