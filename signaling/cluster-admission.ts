import type { Cluster, SharedConnectionCounts } from './cluster';
import type { Relay } from './handlers/transmission';
import type { Log } from './log';
import type { RelayMessage } from './protocol';
import type { Peer, Realm } from './realm';

export interface ClusterAdmission {
  cluster: Cluster;
  realm: Realm;
  relay: Relay;
  log?: Log;
  /** OPEN to the peer's current socket, then these signals in order. */
  open(peer: Peer, signals: RelayMessage[]): void;
  /** Another token holds the id on another instance. */
  taken(peer: Peer): void;
}

/**
 * Asks Redis for an id this instance has just registered. Until it answers, signals for the peer
 * are held on it (transmission.ts), so the client hears OPEN first, then what waited in Redis, then
 * what arrived meanwhile: the order one instance gives.
 */
export function claimAcrossInstances(peer: Peer, admission: ClusterAdmission): void {
  const { cluster, realm, relay, log } = admission;
  peer.held = [];
  const settle = (queued: RelayMessage[] | undefined) => {
    const held = peer.held ?? [];
    peer.held = undefined;
    if (realm.getPeer(peer.id) !== peer) {
      // The client left while Redis answered (its release follows the claim in Redis): whatever
      // was handed over goes back to be queued or sent on.
      for (const message of [...(queued ?? []), ...held]) relay(message);
      return;
    }
    if (!queued) {
      realm.removePeer(peer.id);
      admission.taken(peer);
      // Signals that came for the id meanwhile belong to whoever holds it.
      for (const message of held) relay(message);
      return;
    }
    admission.open(peer, [...queued, ...held]);
  };
  cluster.claim(peer.id, peer.token).then(
    (result) => settle(result.ok ? result.queued : undefined),
    () => {
      // Redis is unreachable: serve the peer here; its presence is announced when Redis is back.
      log?.warn('Redis unreachable: a peer was admitted on this instance only');
      settle([]);
    },
  );
}

/**
 * With Redis, MAX_CONNECTIONS_PER_IP counts the address's connections on every instance: `begin`
 * runs once they leave room. A socket that closed meanwhile gives its count back at once.
 */
export function countAcrossInstances(
  connections: SharedConnectionCounts,
  ip: string,
  max: number,
  socket: { closed(): boolean; counted(): void; refused(): void; begin(): void },
): void {
  connections.open(ip, max).then(
    (ok) => {
      if (ok && socket.closed()) connections.close(ip);
      if (socket.closed()) return;
      if (!ok) return socket.refused();
      socket.counted();
      socket.begin();
    },
    // Redis is down: this instance's count alone, as without Redis.
    () => socket.closed() || socket.begin(),
  );
}
