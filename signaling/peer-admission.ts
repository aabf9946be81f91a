import type { Cluster, SharedConnectionCounts } from './cluster';
import type { Relay } from './handlers/transmission';
import type { Log } from './log';
import type { MessageHandler } from './message-handler';
import type { RefusalReason, SignalingMetrics } from './metrics';
import type { SignalingOptions } from './options';
import { ErrorText, MessageType, type RelayMessage } from './protocol';
import type { Limiter } from './rate-limits';
import type { Peer, PeerSocket, Realm } from './realm';
import { sameText } from './same-text';

/**
 * The local rules of admission (key, id, token, ID-TAKEN, reconnect, MAX_PEERS) and the answers a
 * connection sends when it refuses or opens: plain functions of what every connection shares,
 * so no connection keeps closures of its own for them.
 */

/** What every connection of one server shares; built once, so a socket carries no closures of its own. */
export interface PeerConnections {
  realm: Realm;
  options: SignalingOptions;
  handleMessage: MessageHandler;
  relay: Relay;
  /** Shared by every connection, keyed by address: a flood is cut however many sockets carry it. */
  messageLimiter: Limiter;
  metrics?: SignalingMetrics;
  /** With REDIS_URL: ids are claimed across instances before OPEN. */
  cluster?: Cluster;
  /** With REDIS_URL: MAX_CONNECTIONS_PER_IP counts the address's connections on every instance. */
  connections?: SharedConnectionCounts;
  log?: Log;
  now: () => number;
}

/** The query of the upgrade request: `key`, `id`, `token` (and `version`, unused). */
export type PeerQuery = Record<string, string | undefined>;

/** Close codes: refusals by rule, and refusals for lack of room that may succeed later. */
const POLICY_VIOLATION = 1008;
export const TRY_AGAIN_LATER = 1013;

export const send = (ws: PeerSocket, message: object) => ws.send(JSON.stringify(message));

export function refuse(
  shared: PeerConnections,
  ws: PeerSocket,
  reason: RefusalReason,
  msg: string,
  code = POLICY_VIOLATION,
): void {
  shared.metrics?.refused(reason);
  send(ws, { type: MessageType.ERROR, payload: { msg } });
  ws.close(code, msg);
}

export function idTaken(shared: PeerConnections, ws: PeerSocket): void {
  shared.metrics?.refused('id-taken');
  send(ws, { type: MessageType.ID_TAKEN, payload: { msg: ErrorText.ID_TAKEN } });
  ws.close(POLICY_VIOLATION, ErrorText.ID_TAKEN);
}

export const opened = (peer: Peer, queued: RelayMessage[], relay: Relay) => {
  send(peer.socket, { type: MessageType.OPEN });
  for (const message of queued) relay(message);
};

/** Local rules only; `fresh` when the id was not on this instance (Redis still has to agree). */
export function admitPeer(
  shared: PeerConnections,
  ws: PeerSocket,
  query: PeerQuery | undefined,
): { peer: Peer; fresh: boolean } | undefined {
  const { realm, options, now } = shared;
  const { key, id, token } = query ?? {};
  if (!id || !token || !key)
    return void refuse(shared, ws, 'invalid-parameters', ErrorText.INVALID_WS_PARAMETERS);
  if (key !== options.key) return void refuse(shared, ws, 'invalid-key', ErrorText.INVALID_KEY);

  const existing = realm.getPeer(id);
  if (existing) {
    if (!sameText(existing.token, token)) return void idTaken(shared, ws);
    // The same client came back (page reload, network change) while its old socket still looked
    // open. Upstream sends nothing here and the client waits forever (peers/peerjs#1289).
    const old = existing.socket;
    existing.socket = ws;
    existing.lastSeen = now();
    old.close(1000, 'Replaced by a new connection');
    return { peer: existing, fresh: false };
  }

  if (realm.size >= options.maxPeers) {
    return void refuse(shared, ws, 'peer-limit', ErrorText.CONNECTION_LIMIT_EXCEED, TRY_AGAIN_LATER);
  }
  const created: Peer = { id, token, socket: ws, lastSeen: now() };
  realm.setPeer(created);
  return { peer: created, fresh: true };
}
