import { claimAcrossInstances, countAcrossInstances } from './cluster-admission';
import { parseMessage } from './parse-message';
import {
  admitPeer,
  idTaken,
  opened,
  type PeerConnections,
  type PeerQuery,
  refuse,
  send,
  TRY_AGAIN_LATER,
} from './peer-admission';
import type { SocketEvents } from './peer-upgrade';
import { ErrorText, MessageType } from './protocol';
import type { Peer, PeerSocket } from './realm';

export type { PeerConnections } from './peer-admission';

/**
 * The lifecycle of one client WebSocket: admission, reconnect, messages, cleanup. A class, not a
 * closure per step: an idle peer holds one small object, where a dozen closures (each with its
 * own name property under tsx) cost about 4 KiB.
 */
export class PeerConnection implements SocketEvents {
  private socket: PeerSocket | undefined;
  private peer: Peer | undefined;
  private counted = false;
  private countedEverywhere = false;
  private closed = false;
  private cut = false;
  /**
   * Only for a budget that answers through a promise without Redis (not the built-in ones):
   * messages wait for it in this chain, in order. Made on first use.
   */
  private inbox: Promise<void> | undefined;

  constructor(
    private readonly shared: PeerConnections,
    /** The client's address key (client-address.ts: the TCP peer, or behind a trusted proxy the client). */
    private readonly ip: string,
    /** Dropped once admission has read it. */
    private query: PeerQuery | undefined,
  ) {}

  onOpen(ws: PeerSocket): void {
    const { realm, options, connections } = this.shared;
    this.socket = ws;
    // Counted before anything else so a flood from one address is cut off cheaply.
    if (!realm.openConnection(this.ip, options.maxConnectionsPerIp)) {
      this.tooMany(ws);
      return;
    }
    this.counted = true;
    if (!connections) {
      this.begin(ws);
      return;
    }
    countAcrossInstances(connections, this.ip, options.maxConnectionsPerIp, {
      closed: () => this.closed,
      counted: () => (this.countedEverywhere = true),
      refused: () => this.tooMany(ws),
      begin: () => this.begin(ws),
    });
  }

  onMessage(data: string | Buffer): void {
    // Refused sockets, and sockets replaced by a reconnect, have nothing more to say.
    if (!this.current()) return;
    const { messageLimiter, cluster } = this.shared;
    const { takeNow } = messageLimiter;
    const { batched } = messageLimiter;
    if (batched) {
      // With Redis the shared budget is a round trip: a message is acted on at once (unless this
      // instance alone has seen too many) and a refusal cuts the address when it arrives, so a
      // local relay never waits for Redis.
      if (batched.take(this.ip, this)) this.act(data);
      else this.overBudget();
      return;
    }
    if (cluster) {
      this.act(data);
      messageLimiter.take(this.ip).then(
        (decision) => decision.ok || this.overBudget(),
        (error: unknown) => this.failed(error),
      );
      return;
    }
    // A budget in this process answers at once: nothing is waiting in the chain (every take was
    // synchronous), so acting now keeps the order without a promise per message.
    if (takeNow) {
      if (takeNow(this.ip).ok) this.act(data);
      else this.overBudget();
      return;
    }
    this.inbox = (this.inbox ?? Promise.resolve())
      .then(() => messageLimiter.take(this.ip))
      .then((decision) => (decision.ok ? this.act(data) : this.overBudget()))
      .catch((error: unknown) => this.failed(error));
  }

  onClose(): void {
    const { realm, connections, cluster } = this.shared;
    this.closed = true;
    if (this.counted) realm.closeConnection(this.ip);
    if (this.countedEverywhere) connections?.close(this.ip);
    this.counted = false;
    const { peer, socket } = this;
    if (peer && socket && realm.removePeer(peer.id, socket)) cluster?.release(peer.id, peer.token);
  }

  /** The peer this socket admitted, while the socket is still its current one and not cut. */
  private current(): Peer | undefined {
    const { peer, socket } = this;
    return !this.cut && peer && socket && peer.socket === socket ? peer : undefined;
  }

  private tooMany(ws: PeerSocket): void {
    refuse(this.shared, ws, 'too-many-connections', ErrorText.TOO_MANY_CONNECTIONS, TRY_AGAIN_LATER);
  }

  /** Admission after the connection counts: the id, and with Redis its claim across instances. */
  private begin(ws: PeerSocket): void {
    const { cluster, realm, relay, log } = this.shared;
    const admitted = admitPeer(this.shared, ws, this.query);
    this.query = undefined;
    if (!admitted) return;
    const peer = admitted.peer;
    this.peer = peer;
    // A claim for this id is still with Redis: its answer sends OPEN to whichever socket is current.
    if (peer.held) return;
    if (!cluster || !admitted.fresh) {
      opened(peer, realm.takeQueue(peer.id), relay);
      return;
    }
    claimAcrossInstances(peer, {
      cluster,
      realm,
      relay,
      log,
      open: (p, queued) => opened(p, queued, relay),
      taken: (p) => idTaken(this.shared, p.socket),
    });
  }

  private act(data: string | Buffer): void {
    const { options, metrics, cluster, now, handleMessage } = this.shared;
    const peer = this.current();
    if (!peer) return;
    const socket = peer.socket;
    const parsed = parseMessage(data, options.maxFrameBytes);
    if (!parsed.ok) {
      metrics?.refused('bad-message');
      send(socket, { type: MessageType.ERROR, payload: { msg: parsed.error } });
      if (parsed.error === ErrorText.FRAME_TOO_LARGE) socket.close(1009, parsed.error);
      return;
    }
    const { src } = parsed.message;
    if (src !== undefined && src !== peer.id) {
      metrics?.refused('forged-src');
      send(socket, { type: MessageType.ERROR, payload: { msg: ErrorText.FORGED_SRC } });
      return;
    }
    cluster?.touch(peer.id, peer.token, now());
    handleMessage(peer, parsed.message);
  }

  /** The address spent its message budget: ERROR, and the socket is closed. */
  overBudget(): void {
    if (this.cut || !this.socket) return;
    this.cut = true;
    refuse(this.shared, this.socket, 'too-many-messages', ErrorText.TOO_MANY_MESSAGES);
  }

  private failed(error: unknown): void {
    this.shared.log?.error('WebSocket handler failed:', error instanceof Error ? error.stack : error);
  }
}
