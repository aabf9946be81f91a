import type { MessageState } from '../message/message-state';
import type { SmsStatus } from './bridge-contract';

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
