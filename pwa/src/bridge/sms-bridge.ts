import type { SmsStatus } from '@core/bridge/bridge-contract';
import type { MessageState } from '@core/message/message-state';

/** `native`: the Android wrapper sends by itself. `sms-link`: the person sends from their SMS app. */
export type BridgeKind = 'native' | 'sms-link';

export interface OutgoingSms {
  msgId: string;
  to: string;
  body: string;
  simId?: number;
}

/** What the bridge could say right after being handed an SMS. */
export interface DispatchOutcome {
  state: MessageState;
  reason?: string;
}

/** A later report about one SMS: the radio result for one of its parts, as the native side sent it. */
export interface SmsUpdate {
  msgId: string;
  status: SmsStatus;
}

/** How the phone gets an SMS onto the radio. Each implementation is called at most once per msgId. */
export interface SmsBridge {
  readonly kind: BridgeKind;
  send(sms: OutgoingSms): Promise<DispatchOutcome>;
  /**
   * After a restart, for an SMS whose dispatch had started: what became of it.
   * `undefined` when this bridge cannot tell (the caller then marks it `unknown`, never resends).
   */
  recover(sms: OutgoingSms): Promise<DispatchOutcome | undefined>;
  onUpdate(listener: (update: SmsUpdate) => void): () => void;
}
