import type { BridgeKind, DispatchOutcome, SmsBridge, SmsUpdate } from './sms-bridge';

/**
 * Without the Android wrapper a web page cannot send SMS. The request waits on screen with an
 * `sms:` link; once the person taps it the SMS app has the text and the phone can know no more.
 */
export class SmsLinkBridge implements SmsBridge {
  readonly kind: BridgeKind = 'sms-link';

  async send(): Promise<DispatchOutcome> {
    return { state: 'on-phone' };
  }

  async recover(): Promise<DispatchOutcome | undefined> {
    return undefined;
  }

  onUpdate(_listener: (update: SmsUpdate) => void): () => void {
    return () => undefined;
  }
}

/** `sms:+447911123456?body=...` (Android's form). The address is already E.164 or a short code. */
export function smsLink(to: string, body: string): string {
  return `sms:${to.replace(/[^+\d]/g, '')}?body=${encodeURIComponent(body)}`;
}
