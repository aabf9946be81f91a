import type { PairingInfo } from '@core/pairing/pairing-link';
import type { PairedComputer } from '../db/phone-db';

/**
 * What the person must see before a pairing link is believed. Any page or QR code can carry a
 * link naming any server, name and key, so the name alone proves nothing: where it connects, and
 * what it would replace, do.
 */
export interface PairingReview {
  /** The signaling server's host (and port), as the extension's pairing screen shows it. */
  serverHost: string;
  /** No computer paired with this phone uses that server. */
  newServer: boolean;
  /** The pairing this one would end: same computer id, from an earlier pairing. */
  replaces: PairedComputer | undefined;
}

export function reviewPairing(info: PairingInfo, paired: readonly PairedComputer[]): PairingReview {
  const server = new URL(info.signalingUrl);
  return {
    serverHost: server.host,
    newServer: !paired.some((computer) => sameServer(computer.signalingUrl, info.signalingUrl)),
    replaces: paired.find((computer) => computer.peerId === info.peerId),
  };
}

function sameServer(a: string, b: string): boolean {
  const [x, y] = [new URL(a), new URL(b)];
  return x.origin === y.origin && x.pathname.replace(/\/$/, '') === y.pathname.replace(/\/$/, '');
}
