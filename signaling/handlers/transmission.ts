import { MessageType, type RelayMessage } from '../protocol';
import type { Realm } from '../realm';

export type Relay = (message: RelayMessage) => void;

/**
 * Delivers OFFER, ANSWER, CANDIDATE, LEAVE and EXPIRE to `dst`, or queues them until `dst`
 * connects (EXPIRE to the sender when the queue is full). The payload is passed on untouched and
 * never looked at.
 */
export function createTransmission(
  realm: Realm,
  now: () => number = Date.now,
  /** Counts each message relayed or queued (metrics.ts). */
  counted: () => void = () => undefined,
): Relay {
  const relay: Relay = (message) => {
    counted();
    const target = realm.getPeer(message.dst);
    if (target) {
      try {
        target.socket.send(JSON.stringify(message));
      } catch {
        // The socket broke before its close event arrived: forget the peer and tell the sender it
        // left, so the sender stops waiting for an answer (upstream does the same).
        realm.removePeer(target.id, target.socket);
        target.socket.terminate();
        if (message.type !== MessageType.LEAVE && message.type !== MessageType.EXPIRE) {
          relay({ type: MessageType.LEAVE, src: message.dst, dst: message.src });
        }
      }
      return;
    }
    // Nobody is left to act on a LEAVE or EXPIRE for an absent peer, so upstream drops them.
    if (message.type === MessageType.LEAVE || message.type === MessageType.EXPIRE) return;
    if (realm.enqueue(message, now())) return;
    // A full queue must not swallow the message silently: the sender would wait for an answer that
    // cannot come. What it queued before is useless without this message (an offer without its
    // candidates), so it goes too, and the sender hears EXPIRE as if it had timed out (housekeeping.ts).
    realm.dropConversation(message.src, message.dst);
    relay({ type: MessageType.EXPIRE, src: message.dst, dst: message.src });
  };
  return relay;
}
