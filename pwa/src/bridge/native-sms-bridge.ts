import type { BridgeEvent, SendResult } from '@core/bridge/bridge-contract';
import { BridgeError, type NativeBridgeClient } from './native-bridge-client';
import type { BridgeKind, DispatchOutcome, OutgoingSms, SmsBridge, SmsUpdate } from './sms-bridge';

const RESTARTED =
  'The phone restarted after handing this text to its radio and has no result yet. Check your SMS app before sending it again.';

export const SIM_GONE =
  'The SIM chosen for this text is no longer in the phone. Nothing was sent: choose a SIM and send it again.';

/**
 * The Android wrapper's bridge: it sends by itself and reports each part's sent and delivered result.
 * Reports are passed on unfolded and not kept: SendRequestLedger stores them with the request and folds
 * those (core/bridge/fold-part-status.ts), so nothing here grows with every text the page sends.
 */
export class NativeSmsBridge implements SmsBridge {
  readonly kind: BridgeKind = 'native';
  private readonly listeners = new Set<(update: SmsUpdate) => void>();

  constructor(readonly client: NativeBridgeClient) {
    client.subscribe((event) => this.onEvent(event));
  }

  async send(sms: OutgoingSms): Promise<DispatchOutcome> {
    try {
      return outcomeOf(await this.request(sms));
    } catch (error) {
      return failureOf(error, sms.simId);
    }
  }

  /** The native side dedupes by SMS id, so asking with `send` again is safe: a known id is never resent. */
  async recover(sms: OutgoingSms): Promise<DispatchOutcome | undefined> {
    try {
      const result = await this.request(sms);
      if (result.duplicate && result.state === 'dispatched') return { state: 'unknown', reason: RESTARTED };
      return outcomeOf(result);
    } catch (error) {
      return error instanceof BridgeError && error.code !== 'timeout' && error.code !== 'closed'
        ? failureOf(error, sms.simId)
        : undefined;
    }
  }

  onUpdate(listener: (update: SmsUpdate) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private request(sms: OutgoingSms): Promise<SendResult> {
    return this.client.sendMessage('send', {
      id: sms.msgId,
      to: sms.to,
      body: sms.body,
      ...(sms.simId === undefined ? {} : { simId: sms.simId }),
    });
  }

  private onEvent(event: BridgeEvent): void {
    if (event.event !== 'sms-status') return;
    const update: SmsUpdate = { msgId: event.data.id, status: event.data };
    for (const listener of this.listeners) listener(update);
  }
}

function outcomeOf(result: SendResult): DispatchOutcome {
  if (result.state === 'dispatched') return { state: 'on-phone' };
  if (result.state === 'failed')
    return { state: 'failed', reason: result.reason ?? 'The phone could not send it.' };
  return { state: result.state };
}

/** A refusal means nothing went out; a lost answer means nobody knows, so it is `unknown`, never retried. */
function failureOf(error: unknown, simId: number | undefined): DispatchOutcome {
  // The SIM chosen on the computer was taken out (or swapped) since: never quietly another SIM.
  if (error instanceof BridgeError && error.code === 'no-sim' && simId !== undefined) {
    return { state: 'failed', reason: SIM_GONE };
  }
  if (error instanceof BridgeError && error.code !== 'timeout' && error.code !== 'closed') {
    return { state: 'failed', reason: error.message };
  }
  return {
    state: 'unknown',
    reason: 'The phone’s SMS service did not answer. Check your SMS app before sending it again.',
  };
}
