import { clearCachedConversations } from './conversation-cache';
import { db, type OutboxMessage } from './extension-db';
import { readKv } from './kv';
import { LinkStatusPublisher } from './link-status';
import type { Outbox } from './outbox';
import { OutboxResend } from './outbox-resend';
import type { PeerIdentity } from './peer-identity';
import { PhoneFrames } from './phone-frames';
import { PhoneSession } from './phone-session';
import { unpinAll } from './pinned-phones';
import { removeTexts } from './remove-texts';
import { SignalingPresence } from './signaling-presence';
import type { SyncClient } from './sync-client';
import { TypedCodeCheck } from './typed-code-check';

/**
 * The computer's endpoint, which phones dial, put together from its parts:
 * - signaling-presence.ts: the PeerJS peer the phone dials, reconnected with backoff;
 * - phone-session.ts: the session with the phone (attach, ready, promote, close);
 * - authorize-phone.ts, pinned-phones.ts, typed-code-check.ts: who may connect, the pinned keys, and
 *   the SAS check for a phone that came with the typed code;
 * - outbox-resend.ts: the resend of unsettled texts, on each authenticated session and each nudge;
 * - phone-frames.ts: what the phone sends; link-status.ts: the status the popup shows.
 * Lives in the offscreen document (Chrome) or the background page (Firefox), never in the popup.
 */
export class ComputerEndpoint {
  private readonly status: LinkStatusPublisher;
  private readonly check = new TypedCodeCheck();
  private readonly resend: OutboxResend;
  private readonly session: PhoneSession;
  private readonly presence: SignalingPresence;

  constructor(
    identity: PeerIdentity,
    signalingUrl: string,
    private readonly outbox: Outbox,
    private readonly sync: SyncClient,
  ) {
    this.status = new LinkStatusPublisher(identity.peerId);
    this.resend = new OutboxResend(outbox);
    const frames = new PhoneFrames(outbox, sync, this.status, () => this.session.link?.close());
    this.session = new PhoneSession(identity.key, {
      status: this.status,
      check: this.check,
      resend: this.resend,
      frames,
      sync,
    });
    this.presence = new SignalingPresence(identity, signalingUrl, this.status, (conn, slot) =>
      this.session.attach(conn, slot),
    );
  }

  async start(): Promise<void> {
    const last = await readKv('link');
    await this.status.publish({
      signaling: 'connecting',
      phone: last?.phoneName ? 'away' : 'never-paired',
      phoneName: last?.phoneName,
    });
    this.presence.connect();
  }

  /** The person saved another signaling server on the options page. */
  useServer(signalingUrl: string): void {
    this.presence.moveTo(signalingUrl);
  }

  /** A text the popup just stored (its nudge): sent now if the phone is here, else on its next connect. */
  sendStored(message: OutboxMessage): void {
    this.resend.sendNew(message);
  }

  /**
   * Forgets every pinned phone; a connected one is told first, the others learn on next contact.
   * With `alsoRemoveTexts`, their texts leave this computer too, once the sync has stopped writing.
   */
  async unpair(alsoRemoveTexts = false): Promise<void> {
    const link = this.session.link;
    if (link?.ready) link.send({ type: 'auth/revoke' });
    await unpinAll();
    // The popup's cached list (conversation-cache.ts) is painted before any pairing is checked.
    clearCachedConversations();
    this.session.link?.close();
    if (alsoRemoveTexts) {
      this.sync.stop();
      await this.sync.settled();
      await removeTexts(db);
    } else await this.outbox.phoneUnpaired();
    await this.status.publish({ phone: 'never-paired', phoneName: undefined, problem: undefined });
  }

  /** Resends every unsettled text not yet sent on this session (see outbox-resend.ts). */
  flush(): Promise<void> {
    return this.resend.resendUnsettled();
  }

  /** The person compared the six digits on both screens: `matches` is their answer here. */
  confirmSas(matches: boolean): void {
    this.check.answer(matches);
  }
}
