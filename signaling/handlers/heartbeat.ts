import type { Peer } from '../realm';

/** HEARTBEAT carries nothing to relay; it only proves the client is still there. */
export function handleHeartbeat(peer: Peer, now: number = Date.now()): void {
  peer.lastSeen = now;
}
