import type { WebSocket } from 'ws';
import type { Cluster, SharedConnectionCounts } from './cluster';
import { claimAcrossInstances, countAcrossInstances } from './cluster-admission';
import type { Relay } from './handlers/transmission';
import type { Log } from './log';
import type { MessageHandler } from './message-handler';
import type { RefusalReason, SignalingMetrics } from './metrics';
import type { SignalingOptions } from './options';
import { parseMessage } from './parse-message';
import { toPeerSocket } from './peer-socket';
import type { SocketEvents } from './peer-upgrade';
import { ErrorText, MessageType, type RelayMessage } from './protocol';
import type { Limiter } from './rate-limits';
import type { Peer, PeerSocket, Realm } from './realm';
import { sameText } from './same-text';

export interface PeerConnectionInit {
  realm: Realm;
  options: SignalingOptions;
  handleMessage: MessageHandler;
  relay: Relay;
  /** The client's address key (client-address.ts: the TCP peer, or behind a trusted proxy the client). */
  ip: string;
  /** Shared by every connection, keyed by address: a flood is cut however many sockets carry it. */
  messageLimiter: Limiter;
  /** The query of the upgrade request: `key`, `id`, `token` (and `version`, unused). */
  query: Record<string, string | undefined>;
  metrics?: SignalingMetrics;
  /** With REDIS_URL: ids are claimed across instances before OPEN. */
  cluster?: Cluster;
  /** With REDIS_URL: MAX_CONNECTIONS_PER_IP counts the address's connections on every instance. */
  connections?: SharedConnectionCounts;
  log?: Log;
  now?: () => number;
}

/** Close codes: refusals by rule, and refusals for lack of room that may succeed later. */
const POLICY_VIOLATION = 1008;
const TRY_AGAIN_LATER = 1013;

/** The lifecycle of one client WebSocket: admission, reconnect, messages, cleanup. */
export function createPeerConnection(init: PeerConnectionInit): SocketEvents {
  const { realm, options, relay, ip, metrics, cluster, connections, log } = init;
  const now = init.now ?? Date.now;
  let socket: PeerSocket | undefined;
  let peer: Peer | undefined;
  let counted = false;
  let countedEverywhere = false;
  let closed = false;
  let cut = false;
  // Without Redis the message budget answers at once, so each message waits for it and order is
  // kept by this chain. With Redis that answer is a round trip: a message is acted on at once and
  // a refusal cuts the address when it arrives, so a local relay never waits for Redis.
  const waitForBudget = !cluster;
  let inbox: Promise<void> = Promise.resolve();

  const send = (ws: PeerSocket, message: object) => ws.send(JSON.stringify(message));
  const refuse = (ws: PeerSocket, reason: RefusalReason, msg: string, code = POLICY_VIOLATION) => {
    metrics?.refused(reason);
    send(ws, { type: MessageType.ERROR, payload: { msg } });
    ws.close(code, msg);
  };
  const idTaken = (ws: PeerSocket) => {
    metrics?.refused('id-taken');
    send(ws, { type: MessageType.ID_TAKEN, payload: { msg: ErrorText.ID_TAKEN } });
    ws.close(POLICY_VIOLATION, ErrorText.ID_TAKEN);
  };
  const tooMany = (ws: PeerSocket) =>
    refuse(ws, 'too-many-connections', ErrorText.TOO_MANY_CONNECTIONS, TRY_AGAIN_LATER);

  /** Local rules only; `fresh` when the id was not on this instance (Redis still has to agree). */
  const admit = (ws: PeerSocket): { peer: Peer; fresh: boolean } | undefined => {
    const { key, id, token } = init.query;
    if (!id || !token || !key) {
      refuse(ws, 'invalid-parameters', ErrorText.INVALID_WS_PARAMETERS);
      return undefined;
    }
    if (key !== options.key) {
      refuse(ws, 'invalid-key', ErrorText.INVALID_KEY);
      return undefined;
    }

    const existing = realm.getPeer(id);
    if (existing) {
      if (!sameText(existing.token, token)) {
        idTaken(ws);
        return undefined;
      }
      // The same client came back (page reload, network change) while its old socket still looked
      // open. Upstream sends nothing here and the client waits forever (peers/peerjs#1289).
      const old = existing.socket;
      existing.socket = ws;
      existing.lastSeen = now();
      old.close(1000, 'Replaced by a new connection');
      return { peer: existing, fresh: false };
    }

    if (realm.size >= options.maxPeers) {
      refuse(ws, 'peer-limit', ErrorText.CONNECTION_LIMIT_EXCEED, TRY_AGAIN_LATER);
      return undefined;
    }
    const created: Peer = { id, token, socket: ws, lastSeen: now() };
    realm.setPeer(created);
    return { peer: created, fresh: true };
  };

  const opened = (admitted: Peer, queued: RelayMessage[]) => {
    send(admitted.socket, { type: MessageType.OPEN });
    for (const message of queued) relay(message);
  };

  const act = (data: unknown, ws: WebSocket) => {
    if (cut || !peer || !socket || peer.socket !== socket) return;
    const parsed = parseMessage(data, options.maxFrameBytes);
    if (!parsed.ok) {
      metrics?.refused('bad-message');
      send(socket, { type: MessageType.ERROR, payload: { msg: parsed.error } });
      if (parsed.error === ErrorText.FRAME_TOO_LARGE) ws.close(1009, parsed.error);
      return;
    }
    const { src } = parsed.message;
    if (src !== undefined && src !== peer.id) {
      metrics?.refused('forged-src');
      send(socket, { type: MessageType.ERROR, payload: { msg: ErrorText.FORGED_SRC } });
      return;
    }
    cluster?.touch(peer.id, peer.token, now());
    init.handleMessage(peer, parsed.message);
  };

  const overBudget = () => {
    if (cut || !socket) return;
    cut = true;
    refuse(socket, 'too-many-messages', ErrorText.TOO_MANY_MESSAGES);
  };
  const failed = (error: unknown) =>
    log?.error('WebSocket handler failed:', error instanceof Error ? error.stack : error);

  /** Admission after the connection counts: the id, and with Redis its claim across instances. */
  const begin = (opening: PeerSocket) => {
    const admitted = admit(opening);
    if (!admitted) return;
    peer = admitted.peer;
    // A claim for this id is still with Redis: its answer sends OPEN to whichever socket is current.
    if (peer.held) return;
    if (!cluster || !admitted.fresh) {
      opened(peer, realm.takeQueue(peer.id));
      return;
    }
    const taken = (p: Peer) => idTaken(p.socket);
    claimAcrossInstances(peer, { cluster, realm, relay, log, open: opened, taken });
  };

  return {
    onOpen(ws) {
      const opening = toPeerSocket(ws);
      socket = opening;
      // Counted before anything else so a flood from one address is cut off cheaply.
      if (!realm.openConnection(ip, options.maxConnectionsPerIp)) return tooMany(opening);
      counted = true;
      if (!connections) return begin(opening);
      countAcrossInstances(connections, ip, options.maxConnectionsPerIp, {
        closed: () => closed,
        counted: () => (countedEverywhere = true),
        refused: () => tooMany(opening),
        begin: () => begin(opening),
      });
    },

    onMessage(data, ws) {
      // Refused sockets, and sockets replaced by a reconnect, have nothing more to say.
      if (cut || !peer || !socket || peer.socket !== socket) return;
      // A budget in this process answers at once: nothing is waiting in the chain (every take was
      // synchronous), so acting now keeps the order without a promise per message.
      const { takeNow } = init.messageLimiter;
      if (waitForBudget && takeNow) {
        if (takeNow(ip).ok) act(data, ws);
        else overBudget();
        return;
      }
      if (waitForBudget) {
        inbox = inbox
          .then(() => init.messageLimiter.take(ip))
          .then((decision) => (decision.ok ? act(data, ws) : overBudget()))
          .catch(failed);
        return;
      }
      act(data, ws);
      init.messageLimiter.take(ip).then((decision) => decision.ok || overBudget(), failed);
    },

    onClose() {
      closed = true;
      if (counted) realm.closeConnection(ip);
      if (countedEverywhere) connections?.close(ip);
      counted = false;
      if (peer && socket && realm.removePeer(peer.id, socket)) cluster?.release(peer.id, peer.token);
    },
  };
}
