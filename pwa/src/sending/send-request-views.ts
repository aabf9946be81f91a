import type { SmsStatus } from '@core/bridge/bridge-contract';
import { failureReason } from '@core/bridge/fold-part-status';
import type { MessageState } from '@core/message/message-state';
import type { StateFrame } from '@core/protocol/frames';
import type { SyncedMessage } from '@core/sync/synced-message';
import type { DispatchOutcome } from '../bridge/sms-bridge';
import type { SendRequest } from '../db/phone-db';

/** What a stored send request looks like to its computer and in the phone's message log. */

const MAX_REASON = 500;

/** What the computer shows for a text the phone can only hand to its SMS app (no Android app). */
export const TAP_TO_SEND =
  'Tap it on your phone to send: PeerText there opens your SMS app with the text filled in.';

/** A computer's text as it appears in the phone's store, under the computer's own client id. */
export function outgoingMessage(record: SendRequest): SyncedMessage {
  return {
    id: record.msgId,
    address: record.to,
    direction: 'out',
    body: record.body,
    date: record.createdAt,
    state: record.state,
    ...(record.reason === undefined ? {} : { reason: record.reason.slice(0, MAX_REASON) }),
    ...(record.simId === undefined ? {} : { simId: record.simId }),
  };
}

/** The reason a text failed or is unknown, from the bridge's outcome, the stored one or its parts. */
export function reasonFor(
  state: MessageState,
  record: SendRequest,
  outcome: DispatchOutcome,
  parts: readonly SmsStatus[],
): string | undefined {
  if (state !== 'failed' && state !== 'unknown') return undefined;
  if (state === outcome.state && outcome.reason) return outcome.reason.slice(0, MAX_REASON);
  if (state === record.state && record.reason) return record.reason;
  return state === 'failed' ? failureReason(parts) : record.reason;
}

export function stateFrame(record: SendRequest): Omit<StateFrame, 'v' | 'id'> {
  return {
    type: 'sms/state',
    msgId: record.msgId,
    state: record.state,
    ...(record.reason === undefined ? {} : { reason: record.reason.slice(0, MAX_REASON) }),
    at: record.updatedAt,
  };
}
