import type { Cluster } from '../cluster';
import { MessageType, type RelayMessage } from '../protocol';
import type { Peer, Realm } from '../realm';

/**
 * `text`, when given, is `message` as JSON already (a signal forwarded by another instance), so it
 * is not serialized again. What waits (queued, held during a claim) keeps only the message.
 */
export type Relay = (message: RelayMessage, text?: string) => void;

export interface TransmissionInit {
  now?: () => number;
  /** Counts each message relayed or queued (metrics.ts). */
  counted?: () => void;
  /** With REDIS_URL: where signals for peers on other instances, or on none, go. */
  cluster?: Cluster;
}

/**
 * Delivers OFFER, ANSWER, CANDIDATE, LEAVE and EXPIRE to `dst`, or queues them until `dst`
 * connects (EXPIRE to the sender when the queue is full). The payload is passed on untouched and
 * never looked at. A peer on this instance is always served synchronously, Redis or not; only a
 * peer elsewhere (or nowhere) costs a round trip to Redis.
 */
export function createTransmission(realm: Realm, init: TransmissionInit = {}): Relay {
  const now = init.now ?? Date.now;
  const counted = init.counted ?? (() => undefined);
  const { cluster } = init;
  const expireFor = (message: RelayMessage): RelayMessage => ({
    type: MessageType.EXPIRE,
    src: message.dst,
    dst: message.src,
  });

  /** True when `dst` is on this instance (delivered, or held until its admission ends). */
  const deliverHere = (message: RelayMessage, text?: string): boolean => {
    const target = realm.getPeer(message.dst);
    if (!target) return false;
    if (target.held) {
      target.held.push(message);
      return true;
    }
    send(target, message, text);
    return true;
  };

  const send = (target: Peer, message: RelayMessage, text?: string) => {
    try {
      target.socket.send(text ?? JSON.stringify(message));
    } catch {
      // The socket broke before its close event arrived: forget the peer and tell the sender it
      // left, so the sender stops waiting for an answer (upstream does the same).
      if (realm.removePeer(target.id, target.socket)) cluster?.release(target.id, target.token);
      target.socket.terminate();
      if (message.type !== MessageType.LEAVE && message.type !== MessageType.EXPIRE) {
        relay({ type: MessageType.LEAVE, src: message.dst, dst: message.src });
      }
    }
  };

  const viaCluster = (cluster: Cluster, message: RelayMessage, text?: string) => {
    cluster.route(message, now(), text).then(
      (outcome) => {
        if (outcome === 'full') relay(expireFor(message));
      },
      () => {
        // Redis is unreachable: the sender hears EXPIRE, as if nobody had picked the signal up,
        // and tries again. A LEAVE or EXPIRE that cannot go is dropped, as for an absent peer.
        if (message.type !== MessageType.LEAVE && message.type !== MessageType.EXPIRE) {
          deliverHere(expireFor(message));
        }
      },
    );
  };

  const relay: Relay = (message, text) => {
    counted();
    if (deliverHere(message, text)) return;
    if (cluster) return viaCluster(cluster, message, text);
    // Nobody is left to act on a LEAVE or EXPIRE for an absent peer, so upstream drops them.
    if (message.type === MessageType.LEAVE || message.type === MessageType.EXPIRE) return;
    if (realm.enqueue(message, now())) return;
    // A full queue must not swallow the message silently: the sender would wait for an answer that
    // cannot come. What it queued before is useless without this message (an offer without its
    // candidates), so it goes too, and the sender hears EXPIRE as if it had timed out (housekeeping.ts).
    realm.dropConversation(message.src, message.dst);
    relay(expireFor(message));
  };

  // A signal another instance forwarded: here if the peer still is, else wherever it went since.
  cluster?.listen({
    deliver(message, text) {
      if (!deliverHere(message, text)) viaCluster(cluster, message, text);
    },
    takenOver(id) {
      const peer = realm.getPeer(id);
      if (!peer) return;
      // The same token connected to another instance, which now holds the id: the presence is
      // theirs, so this instance forgets the peer without releasing it.
      realm.removePeer(id);
      peer.socket.close(1000, 'Replaced by a new connection');
    },
  });
  return relay;
}
