import type { PairingInfo } from '@core/pairing/pairing-link';
import type { PairedComputer } from '../db/phone-db';

/** A computer from its pairing QR code: its key is pinned, and its one-time secret kept for the first handshake. */
export function pairedFromQr(info: PairingInfo, now = Date.now): PairedComputer {
  return {
    peerId: info.peerId,
    signalingUrl: info.signalingUrl,
    name: info.device.trim() || 'Computer',
    pairedAt: now(),
    keyFingerprint: info.keyFingerprint,
    pairSecret: info.secret,
  };
}
