import type { SecureSessionEvents } from './session-types';

/**
 * A SecureSession's listeners. Each listener runs on its own: one that throws is reported and the others
 * still run. Its exception must not reach the session's receive queue, where it would pass for a failed
 * handshake and end the session.
 */
export class SessionEvents {
  private listeners: Partial<{ [K in keyof SecureSessionEvents]: SecureSessionEvents[K][] }> = {};

  on<K extends keyof SecureSessionEvents>(event: K, listener: SecureSessionEvents[K]): void {
    const list = (this.listeners[event] ?? []) as SecureSessionEvents[K][];
    list.push(listener);
    this.listeners[event] = list as (typeof this.listeners)[K];
  }

  emit<K extends keyof SecureSessionEvents>(event: K, ...args: Parameters<SecureSessionEvents[K]>): void {
    for (const listener of this.listeners[event] ?? []) {
      try {
        (listener as (...a: unknown[]) => void)(...args);
      } catch (e) {
        console.error(`PeerText link: a '${event}' listener threw`, e);
        // A throwing 'problem' listener is only logged: reporting it as a problem could loop.
        if (event !== 'problem')
          this.emit('problem', 'listener-failed', `A '${event}' listener threw: ${String(e)}`);
      }
    }
  }
}
