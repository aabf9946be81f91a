import type { Cluster } from './cluster';
import type { Relay } from './handlers/transmission';
import type { Log } from './log';
import type { SignalingOptions } from './options';
import { MessageType } from './protocol';
import type { ExpiredConversation, Realm } from './realm';

type HousekeepingOptions = Pick<SignalingOptions, 'aliveTimeout' | 'expireTimeout'>;

/**
 * One pass: drops clients silent for `aliveTimeout`, and answers EXPIRE to whoever queued
 * messages that waited `expireTimeout` for an absent peer.
 */
export function sweep(
  realm: Realm,
  relay: Relay,
  options: HousekeepingOptions,
  now: number,
  cluster?: Cluster,
): void {
  for (const peer of realm.eachPeer()) {
    if (now - peer.lastSeen < options.aliveTimeout) continue;
    realm.removePeer(peer.id);
    realm.dropQueue(peer.id);
    cluster?.release(peer.id, peer.token);
    // No closing handshake: a client that stopped sending heartbeats will not answer one either.
    peer.socket.terminate();
  }
  expire(relay, realm.takeExpired(now, options.expireTimeout));
}

/** Upstream's shape: from the absent peer, to the sender. Relay never queues EXPIRE. */
function expire(relay: Relay, conversations: ExpiredConversation[]): void {
  for (const { src, dst } of conversations) relay({ type: MessageType.EXPIRE, src: dst, dst: src });
}

/** Runs `sweep` every `checkInterval` ms; returns the function that stops it. */
export function startHousekeeping(
  realm: Realm,
  relay: Relay,
  options: HousekeepingOptions & Pick<SignalingOptions, 'checkInterval'>,
  now: () => number = Date.now,
  cluster?: Cluster,
  log?: Log,
): () => void {
  // Queues in Redis are swept by every instance; the script hands each conversation to one of them.
  // One sweep at a time, so a slow Redis does not pile them up.
  let sweepingRedis = false;
  const sweepRedis = (cluster: Cluster, at: number) => {
    if (sweepingRedis || cluster.state !== 'up') return;
    sweepingRedis = true;
    cluster
      .takeExpired(at)
      .then(
        (conversations) => expire(relay, conversations),
        (error: unknown) => log?.debug('could not sweep queued signals in Redis:', (error as Error).message),
      )
      .finally(() => (sweepingRedis = false));
  };
  const timer = setInterval(() => {
    const at = now();
    sweep(realm, relay, options, at, cluster);
    if (cluster) sweepRedis(cluster, at);
  }, options.checkInterval);
  // Timers alone must not keep a process (or a test run) alive; the HTTP server does that.
  timer.unref();
  return () => clearInterval(timer);
}
