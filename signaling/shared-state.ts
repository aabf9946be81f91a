import { randomUUID } from 'node:crypto';
import type { Cluster, SharedConnectionCounts } from './cluster';
import type { Log } from './log';
import type { SignalingOptions } from './options';
import { type CodeStore, memoryCodeStore } from './pairing/code-store';
import { PairingCodes } from './pairing/pairing-codes';
import { RedisCodeStore } from './pairing/redis-code-store';
import { createRateLimits, type RateLimits } from './rate-limits';
import type { Realm } from './realm';
import { RedisConnectionCounts } from './redis/redis-connection-counts';
import { RedisLink, type RedisState } from './redis/redis-link';
import { CHANNEL, RedisPeers } from './redis/redis-peers';
import { sameText } from './same-text';

/** What instances may share: presence and queues (the cluster), typed codes and rate budgets. */
export interface SharedState {
  /** Undefined without REDIS_URL: the Realm alone then holds presence and queues. */
  cluster: Cluster | undefined;
  /** Undefined without REDIS_URL: the Realm alone counts connections per address. */
  connections: SharedConnectionCounts | undefined;
  codes: CodeStore;
  limits: RateLimits;
  /** Whether `token` holds `id` here or, with a cluster, on any instance. */
  holds(id: string, token: string): Promise<boolean>;
  redisState(): RedisState;
  /** Resolves once Redis answers on both connections (at once without Redis). */
  ready(timeoutMs: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * The one place that picks memory or Redis: without `redisUrl` every store is in this process and
 * nothing connects anywhere; with it, every store is in Redis under `peertext:` keys.
 */
export function createSharedState(
  options: SignalingOptions,
  realm: Realm,
  log: Log,
  redisUrl: string | undefined,
): SharedState {
  const heldHere = (id: string, token: string) => {
    const peer = realm.getPeer(id);
    // A peer whose claim Redis has not answered yet may be an impostor about to hear ID-TAKEN.
    return peer !== undefined && !peer.held && sameText(peer.token, token);
  };

  if (!redisUrl) {
    return {
      cluster: undefined,
      connections: undefined,
      codes: memoryCodeStore(new PairingCodes(options.pairCodeTtl, options.maxPairCodes)),
      limits: createRateLimits(options),
      holds: async (id, token) => heldHere(id, token),
      redisState: () => 'off',
      ready: async () => undefined,
      close: async () => undefined,
    };
  }

  const instance = randomUUID();
  const link = new RedisLink(redisUrl, CHANNEL + instance, log);
  const cluster = new RedisPeers(link, instance, options, log, () =>
    realm.allPeers().map(({ id, token }) => ({ id, token })),
  );
  const connections = new RedisConnectionCounts(link, instance, () => realm.connectionCounts());
  return {
    cluster,
    connections,
    codes: new RedisCodeStore(link.commands, options.pairCodeTtl, options.maxPairCodes),
    limits: createRateLimits(options, link.commands, (error) =>
      log.error('could not count messages in Redis:', error instanceof Error ? error.message : error),
    ),
    // While Redis is down only ids held here can be proven.
    holds: async (id, token) => heldHere(id, token) || (await cluster.holds(id, token).catch(() => false)),
    redisState: () => link.state,
    ready: (timeoutMs) => link.ready(timeoutMs),
    close: () => {
      connections.stop();
      return link.close();
    },
  };
}
