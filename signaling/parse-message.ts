import { type ClientMessage, ErrorText } from './protocol';

export type ParsedMessage = { ok: true; message: ClientMessage } | { ok: false; error: string };

/**
 * Turns one WebSocket frame into a message, or the ERROR text to answer with. The size is checked
 * again here so the limit holds even if the WebSocket layer's own cap is not applied.
 */
export function parseMessage(data: unknown, maxBytes: number): ParsedMessage {
  // The PeerJS client only sends JSON text; binary frames are nothing it would send.
  if (typeof data !== 'string') return { ok: false, error: ErrorText.INVALID_MESSAGE };
  // A UTF-16 unit is at most 3 UTF-8 bytes: only a frame that could be over the cap is measured,
  // so the usual few-KiB signal is not scanned once more on every message.
  if (data.length * 3 > maxBytes && Buffer.byteLength(data) > maxBytes) {
    return { ok: false, error: ErrorText.FRAME_TOO_LARGE };
  }
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return { ok: false, error: ErrorText.INVALID_MESSAGE };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: ErrorText.INVALID_MESSAGE };
  }
  const message = value as Record<string, unknown>;
  if (typeof message['type'] !== 'string') return { ok: false, error: ErrorText.INVALID_MESSAGE };
  return { ok: true, message: message as unknown as ClientMessage };
}
