import { MAX_UNAUTHENTICATED } from '../protocol/limits';

/** One connection's place among those not yet authenticated; release it once it authenticates or ends. */
export interface HandshakeSlot {
  release(): void;
}

/**
 * The connections an app holds that have not proven a key yet, at most `max` at once. Past it the
 * OLDEST is closed, not the newest: a real peer's handshake takes well under a second, so a flood of
 * strangers (each of which may sit for the 10 s handshake deadline) cannot keep it out, while refusing
 * newcomers would let the first four strangers hold every place.
 */
export class HandshakeSlots {
  private readonly waiting: { close: () => void }[] = [];

  constructor(private readonly max = MAX_UNAUTHENTICATED) {}

  /** Takes a place for a new connection; `close` ends it if it is pushed out. */
  admit(close: () => void): HandshakeSlot {
    const entry = { close };
    this.waiting.push(entry);
    while (this.waiting.length > this.max) {
      const oldest = this.waiting.shift();
      try {
        oldest?.close();
      } catch (e) {
        console.warn('PeerText: closing a connection pushed out of the handshake slots failed', e);
      }
    }
    return {
      release: () => {
        const at = this.waiting.indexOf(entry);
        if (at >= 0) this.waiting.splice(at, 1);
      },
    };
  }

  /** How many connections hold a place now. */
  get size(): number {
    return this.waiting.length;
  }
}
