import { handleHeartbeat } from './handlers/heartbeat';
import type { Relay } from './handlers/transmission';
import { type ClientMessage, MessageType } from './protocol';
import type { Peer } from './realm';

/** Acts on one message from a registered peer; false when its type is not one clients may send. */
export type MessageHandler = (peer: Peer, message: ClientMessage) => boolean;

type Handler = (peer: Peer, message: ClientMessage) => void;

/**
 * Dispatches by `type`, one handler per type as in upstream. The caller has already checked that
 * `src`, if present, is the sender's own id.
 */
export function createMessageHandler(relay: Relay, now: () => number = Date.now): MessageHandler {
  const transmit: Handler = (peer, { type, dst, payload }) => {
    // Any message proves the client alive, not only HEARTBEAT.
    handleHeartbeat(peer, now());
    // Upstream drops messages without a destination too; the stock client always sets one.
    if (typeof dst !== 'string' || dst === '') return;
    relay({ type: type as MessageType, src: peer.id, dst, payload });
  };

  // A Map, not an object literal, so types like `__proto__` or `toString` find nothing.
  const handlers = new Map<string, Handler>([
    [MessageType.HEARTBEAT, (peer) => handleHeartbeat(peer, now())],
    [MessageType.OFFER, transmit],
    [MessageType.ANSWER, transmit],
    [MessageType.CANDIDATE, transmit],
    [MessageType.LEAVE, transmit],
    [MessageType.EXPIRE, transmit],
  ]);

  return (peer, message) => {
    const handler = handlers.get(message.type);
    if (!handler) return false;
    handler(peer, message);
    return true;
  };
}
