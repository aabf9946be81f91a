import { peerServerOptions } from '@core/pairing/pairing-link';
import Peer, { type PeerError } from 'peerjs';
import { fetchIceServers, IceServerRefresh } from './ice-servers';

/** PeerJS errors that mean the signaling server is out of reach (not a failed data channel). */
const SIGNALING_ERRORS: readonly string[] = [
  'network',
  'server-error',
  'socket-error',
  'socket-closed',
  'unavailable-id',
];

export function isSignalingError(error: PeerError<string>): boolean {
  return SIGNALING_ERRORS.includes(error.type);
}

/** A device's PeerJS peer, and the STUN/TURN servers kept fresh for its connections. */
export interface SignalingPeer {
  peer: Peer;
  /** Resolves once the servers asked for on the latest `open` have arrived (or could not). */
  iceReady(): Promise<void>;
}

/**
 * This device's PeerJS peer on one signaling server: the one set-up the computer and the phone
 * share. Each time the peer is registered (`open`), its ICE servers are fetched from the same
 * server (`POST /ice`, which wants the registered id's token) and renewed before they expire.
 */
export function signalingPeer(
  identity: { peerId: string; token: string },
  signalingUrl: string,
): SignalingPeer {
  const peer = new Peer(identity.peerId, {
    ...peerServerOptions(signalingUrl),
    token: identity.token,
    // Filled in from the server once registered; until then only same-network paths are found.
    config: { iceServers: [] },
    debug: 0,
  });
  const ice = new IceServerRefresh(peer.options, () => fetchIceServers(signalingUrl, identity));
  let ready: Promise<void> = Promise.resolve();
  peer.on('open', () => {
    ready = ice.refresh();
  });
  peer.on('close', () => ice.stop());
  return { peer, iceReady: () => ready };
}
