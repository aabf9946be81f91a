import type { RelayMessage } from './protocol';
import type { ExpiredConversation } from './realm';

/** Where a signal for a peer this instance does not hold went. */
export type RouteOutcome = 'sent' | 'queued' | 'full' | 'dropped';

export type ClaimResult = { ok: true; queued: RelayMessage[] } | { ok: false };

/**
 * What instances sharing one Redis agree on (REDIS_URL): which instance holds which id, and the
 * signals waiting for absent peers. Without REDIS_URL there is no cluster and the Realm alone holds
 * both, synchronously, as it always has; everything here is asynchronous because it is a round trip.
 * A signal for a peer on this instance never comes here.
 */
export interface Cluster {
  readonly state: 'up' | 'down';
  /** Takes `id` for this instance, or refuses it when another token holds it anywhere. */
  claim(id: string, token: string): Promise<ClaimResult>;
  /** Gives `id` up, unless another instance (or token) has taken it since. */
  release(id: string, token: string): void;
  /** Keeps the presence of a live peer from expiring; cheap to call on every message (throttled). */
  touch(id: string, token: string, now: number): void;
  /**
   * Publishes to the instance holding `dst`, or queues (with the Realm's limits) when none does.
   * `text` is the message's JSON when the caller has it already.
   */
  route(message: RelayMessage, now: number, text?: string): Promise<RouteOutcome>;
  /** Conversations whose oldest queued signal waited `expireTimeout`, removed from the queue. */
  takeExpired(now: number): Promise<ExpiredConversation[]>;
  /** Signals waiting in Redis for absent peers, all instances together (for /metrics). */
  queuedTotal(): Promise<number>;
  /** Whether `token` holds `id` on some instance: the proof behind POST /pair/code and /ice. */
  holds(id: string, token: string): Promise<boolean>;
  /**
   * Where signals forwarded by other instances go, and which local ids another instance took over
   * with the same token (that socket is closed here).
   */
  listen(handlers: { deliver(message: RelayMessage, text: string): void; takenOver(id: string): void }): void;
  close(): Promise<void>;
}

/** MAX_CONNECTIONS_PER_IP across instances (redis/redis-connection-counts.ts). */
export interface SharedConnectionCounts {
  /** Whether `ip` may open one more connection anywhere; when it may, that one is counted. */
  open(ip: string, max: number): Promise<boolean>;
  close(ip: string): void;
  stop(): void;
}
