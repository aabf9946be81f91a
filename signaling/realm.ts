import { randomUUID } from 'node:crypto';
import type { RelayMessage } from './protocol';

/** The part of a WebSocket the realm needs, so tests can pass plain objects. */
export interface PeerSocket {
  send(data: string): void;
  close(code?: number, reason?: string): void;
  /** Drops the connection without a closing handshake, for clients that no longer answer. */
  terminate(): void;
}

export interface Peer {
  readonly id: string;
  readonly token: string;
  /** Replaced when the same client reconnects with the same token. */
  socket: PeerSocket;
  lastSeen: number;
  /**
   * With REDIS_URL, signals that arrive while Redis decides whether this id is free (before OPEN),
   * sent in order after OPEN and what was queued for it.
   */
  held?: RelayMessage[];
}

interface Queued {
  message: RelayMessage;
  queuedAt: number;
}

export interface QueueLimits {
  maxQueuedPerPeer: number;
  maxQueuedMessages: number;
}

/** One sender's queued messages that nobody picked up in time. */
export interface ExpiredConversation {
  src: string;
  dst: string;
}

/** Everything the server remembers: connected peers, connections per address, queued messages. */
export class Realm {
  private readonly peers = new Map<string, Peer>();
  private readonly connectionsByIp = new Map<string, number>();
  private readonly queues = new Map<string, Queued[]>();
  private queuedCount = 0;

  constructor(private readonly limits: QueueLimits) {}

  get size(): number {
    return this.peers.size;
  }

  /** Messages waiting for absent peers, all queues together. */
  get queuedTotal(): number {
    return this.queuedCount;
  }

  getPeer(id: string): Peer | undefined {
    return this.peers.get(id);
  }

  allPeers(): Peer[] {
    return [...this.peers.values()];
  }

  /**
   * The peers as they are, not copied: the once-a-second sweep walks them all, and a copy of
   * 50,000 would be made and dropped every second. Removing the current peer while walking is safe.
   */
  eachPeer(): IterableIterator<Peer> {
    return this.peers.values();
  }

  setPeer(peer: Peer): void {
    this.peers.set(peer.id, peer);
  }

  /**
   * With `socket`, removes the peer only while that socket is still its current one: the close of
   * a replaced socket arrives after the reconnect and must not evict the new connection.
   */
  removePeer(id: string, socket?: PeerSocket): boolean {
    const peer = this.peers.get(id);
    if (!peer || (socket && peer.socket !== socket)) return false;
    this.peers.delete(id);
    return true;
  }

  /** A fresh id; random UUIDs do not collide in practice, but an id in use must never be handed out. */
  generateId(): string {
    let id = randomUUID();
    while (this.peers.has(id) || this.queues.has(id)) id = randomUUID();
    return id;
  }

  /** Counts a new connection from `ip` unless that address already has `max` open. */
  openConnection(ip: string, max: number): boolean {
    const open = this.connectionsByIp.get(ip) ?? 0;
    if (open >= max) return false;
    this.connectionsByIp.set(ip, open + 1);
    return true;
  }

  closeConnection(ip: string): void {
    const open = (this.connectionsByIp.get(ip) ?? 0) - 1;
    if (open > 0) this.connectionsByIp.set(ip, open);
    else this.connectionsByIp.delete(ip);
  }

  /** Open connections by address, for writing them again into a restarted Redis. */
  connectionCounts(): [string, number][] {
    return [...this.connectionsByIp];
  }

  connectionsFrom(ip: string): number {
    return this.connectionsByIp.get(ip) ?? 0;
  }

  /** Keeps a message for an absent peer; false when a limit says drop it. */
  enqueue(message: RelayMessage, now: number): boolean {
    const queue = this.queues.get(message.dst) ?? [];
    if (queue.length >= this.limits.maxQueuedPerPeer || this.queuedCount >= this.limits.maxQueuedMessages) {
      return false;
    }
    queue.push({ message, queuedAt: now });
    this.queues.set(message.dst, queue);
    this.queuedCount += 1;
    return true;
  }

  /** Removes and returns, oldest first, what waits for `dst`. */
  takeQueue(dst: string): RelayMessage[] {
    const queue = this.queues.get(dst);
    if (!queue) return [];
    this.dropQueue(dst);
    return queue.map((entry) => entry.message);
  }

  dropQueue(dst: string): void {
    const queue = this.queues.get(dst);
    if (!queue) return;
    this.queuedCount -= queue.length;
    this.queues.delete(dst);
  }

  /** Drops what `src` queued for `dst`, leaving other senders' messages for `dst` in place. */
  dropConversation(src: string, dst: string): void {
    const queue = this.queues.get(dst);
    if (!queue) return;
    const kept = queue.filter((entry) => entry.message.src !== src);
    this.queuedCount -= queue.length - kept.length;
    if (kept.length > 0) this.queues.set(dst, kept);
    else this.queues.delete(dst);
  }

  queuedFor(dst: string): number {
    return this.queues.get(dst)?.length ?? 0;
  }

  /**
   * Drops every conversation whose oldest queued message is at least `timeout` old. The whole
   * conversation goes at once: its later candidates are useless without the offer, and the sender
   * should hear EXPIRE once, not once per message.
   */
  takeExpired(now: number, timeout: number): ExpiredConversation[] {
    const expired: ExpiredConversation[] = [];
    for (const [dst, queue] of this.queues) {
      const stale = new Set<string>();
      for (const { message, queuedAt } of queue) {
        if (now - queuedAt >= timeout) stale.add(message.src);
      }
      if (stale.size === 0) continue;
      const kept = queue.filter((entry) => !stale.has(entry.message.src));
      this.queuedCount -= queue.length - kept.length;
      if (kept.length > 0) this.queues.set(dst, kept);
      else this.queues.delete(dst);
      for (const src of stale) expired.push({ src, dst });
    }
    return expired;
  }

  clear(): void {
    this.peers.clear();
    this.connectionsByIp.clear();
    this.queues.clear();
    this.queuedCount = 0;
  }
}
