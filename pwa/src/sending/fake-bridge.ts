import type { DispatchOutcome, OutgoingSms, SmsBridge, SmsUpdate } from '../bridge/sms-bridge';

/** For unit tests: records what it was asked to send and answers with a chosen outcome. */
export class FakeBridge implements SmsBridge {
  sends: OutgoingSms[] = [];
  recovers: OutgoingSms[] = [];
  outcome: DispatchOutcome = { state: 'on-phone' };
  recovered: DispatchOutcome | undefined;
  private listener: ((update: SmsUpdate) => void) | undefined;

  constructor(readonly kind: SmsBridge['kind'] = 'native') {}

  async send(sms: OutgoingSms) {
    this.sends.push(sms);
    return this.outcome;
  }
  async recover(sms: OutgoingSms) {
    this.recovers.push(sms);
    return this.recovered;
  }
  onUpdate(listener: (update: SmsUpdate) => void) {
    this.listener = listener;
    return () => undefined;
  }
  emit(update: SmsUpdate) {
    this.listener?.(update);
  }
}
