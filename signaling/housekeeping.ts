import type { Relay } from './handlers/transmission';
import type { SignalingOptions } from './options';
import { MessageType } from './protocol';
import type { Realm } from './realm';

type HousekeepingOptions = Pick<SignalingOptions, 'aliveTimeout' | 'expireTimeout'>;

/**
 * One pass: drops clients silent for `aliveTimeout`, and answers EXPIRE to whoever queued
 * messages that waited `expireTimeout` for an absent peer.
 */
export function sweep(realm: Realm, relay: Relay, options: HousekeepingOptions, now: number): void {
  for (const peer of realm.allPeers()) {
    if (now - peer.lastSeen < options.aliveTimeout) continue;
    realm.removePeer(peer.id);
    realm.dropQueue(peer.id);
    // No closing handshake: a client that stopped sending heartbeats will not answer one either.
    peer.socket.terminate();
  }
  // Upstream's shape: from the absent peer, to the sender. Relay never queues EXPIRE.
  for (const { src, dst } of realm.takeExpired(now, options.expireTimeout)) {
    relay({ type: MessageType.EXPIRE, src: dst, dst: src });
  }
}

/** Runs `sweep` every `checkInterval` ms; returns the function that stops it. */
export function startHousekeeping(
  realm: Realm,
  relay: Relay,
  options: HousekeepingOptions & Pick<SignalingOptions, 'checkInterval'>,
  now: () => number = Date.now,
): () => void {
  const timer = setInterval(() => sweep(realm, relay, options, now()), options.checkInterval);
  // Timers alone must not keep a process (or a test run) alive; the HTTP server does that.
  timer.unref();
  return () => clearInterval(timer);
}
