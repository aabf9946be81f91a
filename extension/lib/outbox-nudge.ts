import type { OutboxMessage } from './extension-db';

/**
 * Tells the link's document that a message was just stored in the outbox, and hands it over so the
 * link can send it without reading it back. A BroadcastChannel between the extension's own pages is
 * one fire-and-forget hop; `runtime.sendMessage` would also wake the background and wait for every
 * listener, which costs more than the send itself.
 */
const CHANNEL = 'peertext-outbox';

export function nudgeOutbox(stored: OutboxMessage): void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage(stored);
  channel.close();
}

export function onOutboxNudge(listener: (stored: OutboxMessage) => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<OutboxMessage>) => listener(event.data);
  return () => channel.close();
}
