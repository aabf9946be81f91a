import { peerServerOptions } from '@core/pairing/pairing-link';
import Peer, { type PeerError } from 'peerjs';

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

/** This device's PeerJS peer on one signaling server: the one set-up the computer and the phone share. */
export function signalingPeer(identity: { peerId: string; token: string }, signalingUrl: string): Peer {
  return new Peer(identity.peerId, {
    ...peerServerOptions(signalingUrl),
    token: identity.token,
    config: { iceServers: [] },
    debug: 0,
  });
}
