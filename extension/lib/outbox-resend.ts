import type { SecureSession } from '@core/session/secure-session';
import type { OutboxMessage } from './extension-db';
import type { Outbox } from './outbox';

/**
 * The resend of unsettled texts: a text stays in the outbox, unsettled, until the phone reports a final
 * state, and it is sent again until then. The phone knows each text by its msgId and answers a repeat
 * with the text's current state, so sending again is safe; this keeps to once per session.
 *
 * When it runs:
 * - on each authenticated session: once the phone is promoted (pinned, and the status says connected),
 *   `resendUnsettled()` sends every unsettled text again, oldest first (PhoneSession.promote);
 * - on each nudge while connected: a text the popup just stored is sent at once by `sendNew()`
 *   (ComputerEndpoint.sendStored); with no session, it waits for the next session's resend.
 */
export class OutboxResend {
  private session: SecureSession | undefined;
  private sentOnSession = new Set<string>();

  constructor(private readonly outbox: Pick<Outbox, 'unsettled'>) {}

  /** A newly authenticated session: nothing has been sent on it yet. */
  sessionStarted(link: SecureSession): void {
    this.session = link;
    this.sentOnSession = new Set();
  }

  sessionEnded(): void {
    this.session = undefined;
  }

  /** Sends every unsettled text not yet sent on this session, oldest first. */
  async resendUnsettled(): Promise<void> {
    const link = this.session;
    if (!link?.open) return;
    for (const message of await this.outbox.unsettled()) {
      // A session that replaced this one during the read starts its own resend.
      if (link === this.session) this.sendOnce(link, message);
    }
  }

  /** A text just stored: sent at once when a session is open, else by the next session's resend. */
  sendNew(message: OutboxMessage): void {
    const link = this.session;
    if (!link?.open) return;
    this.sendOnce(link, message);
  }

  private sendOnce(link: SecureSession, message: OutboxMessage): void {
    if (this.sentOnSession.has(message.msgId)) return;
    this.sentOnSession.add(message.msgId);
    link.send({
      type: 'sms/send',
      msgId: message.msgId,
      to: message.to,
      body: message.body,
      ...(message.simId === undefined ? {} : { simId: message.simId }),
    });
  }
}
