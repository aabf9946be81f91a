import { MAX_FRAME_CHARS } from '../protocol/limits';
import type { Change } from './synced-message';

/** Room left in a frame for its envelope (`v`, `id`, `seq`, `type`, `head`, `live`). */
const ENVELOPE_BYTES = 300;
const encoder = new TextEncoder();
const bytesOf = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

/**
 * Cuts changes into runs whose JSON fits one data-channel frame, keeping their order. PeerJS counts
 * UTF-8 bytes, so a 10,000-character text in Cyrillic or emoji can be bigger than a frame on its own:
 * such a body is cut to fit and marked `truncated`, rather than the whole change being lost.
 */
export function splitBatches(
  changes: readonly Change[],
  maxBytes = MAX_FRAME_CHARS - ENVELOPE_BYTES,
): Change[][] {
  const batches: Change[][] = [];
  let current: Change[] = [];
  let size = 2;
  for (const original of changes) {
    const change = fitChange(original, maxBytes - 2);
    const length = bytesOf(change) + 1;
    if (current.length > 0 && size + length > maxBytes) {
      batches.push(current);
      current = [];
      size = 2;
    }
    current.push(change);
    size += length;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function fitChange(change: Change, maxBytes: number): Change {
  if (change.op !== 'put' || bytesOf(change) <= maxBytes) return change;
  let body = change.message.body;
  let cut: Change = change;
  // A tenth shorter each step: a few steps at most, and only for the rare giant text.
  while (body.length > 0) {
    body = body.slice(0, Math.floor(body.length * 0.9));
    cut = { ...change, message: { ...change.message, body, truncated: true } };
    if (bytesOf(cut) <= maxBytes) return cut;
  }
  return cut;
}
