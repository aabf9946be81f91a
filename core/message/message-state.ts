/**
 * The states an outgoing SMS moves through, as the person sees them.
 * `handed-off` means the `sms:` fallback opened the SMS app: the phone cannot know more.
 * `unknown` means the phone died between dispatch and a radio result: never resent automatically.
 */
export const MESSAGE_STATES = [
  'queued',
  'on-phone',
  'handed-off',
  'sent',
  'delivered',
  'failed',
  'unknown',
] as const;
export type MessageState = (typeof MESSAGE_STATES)[number];

/** The words both the popup and the phone show for each state. */
export const STATE_LABELS: Record<MessageState, string> = {
  queued: 'Queued',
  'on-phone': 'On phone',
  'handed-off': 'Opened in SMS app',
  sent: 'Sent',
  delivered: 'Delivered',
  failed: 'Failed',
  unknown: 'Unknown: check your phone',
};

const RANK: Record<MessageState, number> = {
  queued: 0,
  'on-phone': 1,
  'handed-off': 2,
  unknown: 2,
  sent: 3,
  delivered: 4,
  failed: 4,
};

export const TERMINAL_STATES: ReadonlySet<MessageState> = new Set([
  'delivered',
  'failed',
  'handed-off',
  'unknown',
]);

/**
 * Reports can arrive late or twice (a retry answered with the current state, a delivery report
 * overtaking a sent report). A state only moves forward, so a stale report never undoes a newer one.
 */
export function advanceState(current: MessageState, next: MessageState): MessageState {
  if (current === next) return current;
  if (current === 'failed' || current === 'delivered') return current;
  // `unknown` can still be resolved by a late radio result.
  if (current === 'unknown' && (next === 'sent' || next === 'delivered' || next === 'failed')) return next;
  return RANK[next] > RANK[current] ? next : current;
}
