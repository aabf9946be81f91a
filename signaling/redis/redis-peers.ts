import { createHash } from 'node:crypto';
import type { ClaimResult, Cluster, RouteOutcome } from '../cluster';
import type { Log } from '../log';
import type { SignalingOptions } from '../options';
import { MessageType, type RelayMessage } from '../protocol';
import type { ExpiredConversation } from '../realm';
import type { RedisLink } from './redis-link';
import { defineScripts, type SignalingScripts } from './redis-scripts';

export const KEY_PREFIX = 'peertext:';
const PEER = `${KEY_PREFIX}peer:`;
const QUEUE = `${KEY_PREFIX}queue:`;
const QUEUED_TOTAL = `${KEY_PREFIX}queued`;
const DUE = `${KEY_PREFIX}queue-due`;
export const CHANNEL = `${KEY_PREFIX}instance:`;

type Limits = Pick<
  SignalingOptions,
  'aliveTimeout' | 'expireTimeout' | 'maxQueuedPerPeer' | 'maxQueuedMessages'
>;

/** Presence is stored with this, never with the token: a Redis dump must not let anyone take an id. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The Cluster on Redis: `peer:<id>` names the instance holding an id (expiring with the peer's
 * liveness), `instance:<uuid>` is each instance's channel, and `queue:<id>` holds signals for ids
 * nobody holds. Scripts are in redis-scripts.ts.
 */
export class RedisPeers implements Cluster {
  private readonly scripts: SignalingScripts;
  /** When each local id last extended its presence, so a busy peer costs one write per interval. */
  private readonly touched = new Map<string, number>();

  constructor(
    private readonly link: RedisLink,
    private readonly instance: string,
    private readonly limits: Limits,
    private readonly log: Log,
    /** The ids and tokens held here now, announced again when Redis comes back empty. */
    localPeers: () => { id: string; token: string }[],
  ) {
    this.scripts = defineScripts(link.commands);
    // Redis came back, most likely empty: announce every local id again, unless another instance
    // has claimed it in between (the refresh script writes only a missing or own presence).
    link.onRecovered(async () => {
      this.touched.clear();
      await Promise.allSettled(
        localPeers().map(({ id, token }) =>
          this.scripts.refresh(PEER + id, this.held(token), limits.aliveTimeout),
        ),
      );
    });
  }

  get state(): 'up' | 'down' {
    return this.link.state;
  }

  async claim(id: string, token: string): Promise<ClaimResult> {
    const reply = await this.scripts.claim(
      PEER + id,
      QUEUE + id,
      QUEUED_TOTAL,
      DUE,
      this.instance,
      tokenHash(token),
      this.limits.aliveTimeout,
      id,
      CHANNEL,
    );
    if (reply[0] !== 'ok') return { ok: false };
    return { ok: true, queued: reply.slice(1).map(messageOf) };
  }

  release(id: string, token: string): void {
    this.touched.delete(id);
    this.scripts.release(PEER + id, this.held(token)).catch(() => {
      // Redis is down: the presence expires on its own after aliveTimeout.
    });
  }

  touch(id: string, token: string, now: number): void {
    const last = this.touched.get(id) ?? 0;
    if (now - last < this.limits.aliveTimeout / 4) return;
    this.touched.set(id, now);
    this.scripts.refresh(PEER + id, this.held(token), this.limits.aliveTimeout).catch(() => {
      this.touched.delete(id);
    });
  }

  route(message: RelayMessage, now: number, text?: string): Promise<RouteOutcome> {
    const json = text ?? JSON.stringify(message);
    // LEAVE and EXPIRE for an absent peer have nobody to act on them, so they are not queued.
    const queueable = message.type !== MessageType.LEAVE && message.type !== MessageType.EXPIRE;
    return this.scripts.route(
      PEER + message.dst,
      QUEUE + message.dst,
      QUEUED_TOTAL,
      DUE,
      this.instance,
      json,
      `${now}:${Buffer.byteLength(message.src)}:${message.src}${json}`,
      queueable ? '1' : '0',
      now,
      this.limits.maxQueuedPerPeer,
      this.limits.maxQueuedMessages,
      CHANNEL,
      message.dst,
      message.src,
    );
  }

  async takeExpired(now: number): Promise<ExpiredConversation[]> {
    const flat = await this.scripts.takeExpired(QUEUED_TOTAL, DUE, now, this.limits.expireTimeout, QUEUE);
    const expired: ExpiredConversation[] = [];
    for (let i = 0; i + 1 < flat.length; i += 2) expired.push({ src: flat[i]!, dst: flat[i + 1]! });
    return expired;
  }

  async queuedTotal(): Promise<number> {
    return Number((await this.link.commands.get(QUEUED_TOTAL)) ?? 0);
  }

  async holds(id: string, token: string): Promise<boolean> {
    const held = await this.link.commands.get(PEER + id);
    return held !== null && held.slice(held.indexOf('|') + 1) === tokenHash(token);
  }

  listen(handlers: {
    deliver(message: RelayMessage, text: string): void;
    takenOver(id: string): void;
  }): void {
    this.link.subscriber.on('message', (channel: string, text: string) => {
      if (channel !== this.link.channel) return;
      try {
        if (text.startsWith('m')) {
          const json = text.slice(1);
          handlers.deliver(JSON.parse(json) as RelayMessage, json);
        } else if (text.startsWith('t')) {
          this.touched.delete(text.slice(1));
          handlers.takenOver(text.slice(1));
        }
      } catch (error) {
        // Never the text itself: it is a signal, and signals stay out of the log.
        this.log.error(
          'could not act on a forwarded signal:',
          error instanceof Error ? error.name : 'unknown',
        );
      }
    });
  }

  close(): Promise<void> {
    return this.link.close();
  }

  private held(token: string): string {
    return `${this.instance}|${tokenHash(token)}`;
  }
}

/** The message part of a queued item `<t>:<n>:<src><json>` (n counts bytes, as Lua does). */
function messageOf(item: string): RelayMessage {
  const [t, n] = item.split(':', 2) as [string, string];
  const rest = Buffer.from(item.slice(t.length + n.length + 2));
  return JSON.parse(rest.subarray(Number(n)).toString()) as RelayMessage;
}
