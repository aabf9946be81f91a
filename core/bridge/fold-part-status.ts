import type { MessageState } from '../message/message-state';
import type { SmsStatus } from './bridge-contract';

/**
 * The one fold of part reports into what the person sees: the state, and for a failed text why.
 * The phone folds the parts it stored (they survive reloads), never a page's own partial view.
 */
export function foldParts(statuses: readonly SmsStatus[]): { state: MessageState; reason?: string } {
  const state = foldPartStatus(statuses);
  return state === 'failed' ? { state, reason: failureReason(statuses) } : { state };
}

/**
 * Android reports each part of a multipart SMS on its own. The person sees one state:
 * any failed part fails the message, it is sent when every part is sent, delivered when every part is.
 */
export function foldPartStatus(statuses: readonly SmsStatus[]): MessageState {
  const first = statuses[0];
  if (!first) return 'on-phone';
  const parts = first.parts;
  const best = new Map<number, SmsStatus['state']>();
  for (const status of statuses) {
    if (status.state === 'failed') return 'failed';
    const seen = best.get(status.part);
    if (seen !== 'delivered') best.set(status.part, status.state);
  }
  if (best.size < parts) return 'on-phone';
  return [...best.values()].every((s) => s === 'delivered') ? 'delivered' : 'sent';
}

/** The native side maps Android's result codes to words; an older or terser wrapper may send only the code. */
export function failureReason(statuses: readonly SmsStatus[]): string {
  const failed = statuses.find((s) => s.state === 'failed');
  if (failed?.reason) return failed.reason;
  if (failed?.resultCode !== undefined) return `Error code ${failed.resultCode}`;
  return 'Not sent';
}
