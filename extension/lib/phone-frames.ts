import type { Frame } from '@core/protocol/frames';
import type { AuthenticatedPeer } from '@core/session/secure-session';
import { writeKv } from './kv';
import type { LinkStatusPublisher } from './link-status';
import { reasonOf } from './log-failure';
import type { Outbox } from './outbox';
import { unpin } from './pinned-phones';
import type { SyncClient } from './sync-client';

/**
 * The frames an authenticated phone sends this computer: a text's new state (`sms/state`), a batch of
 * its messages (`sync/batch`), and its unpairing of this computer (`auth/revoke`).
 */
export class PhoneFrames {
  constructor(
    private readonly outbox: Pick<Outbox, 'applyState' | 'phoneUnpaired'>,
    private readonly sync: Pick<SyncClient, 'receive'>,
    private readonly status: Pick<LinkStatusPublisher, 'publish'>,
    /** Ends the session with the phone (the phone that revoked this computer). */
    private readonly closeSession: () => void,
  ) {}

  /** Stores what `from` sent; a failure is logged and shown, and the session stays open. */
  receive(frame: Frame, from: AuthenticatedPeer): void {
    void this.store(frame, from).catch((error: unknown) => this.couldNotReceive(frame, error));
  }

  private async store(frame: Frame, from: AuthenticatedPeer): Promise<void> {
    if (frame.type === 'sms/state') await this.outbox.applyState(frame.msgId, frame.state, frame.reason);
    if (frame.type === 'sync/batch') await this.sync.receive(frame);
    if (frame.type === 'phone/sims') await writeKv('phoneSims', { sims: frame.sims, at: Date.now() });
    if (frame.type === 'auth/revoke') {
      await unpin(from.fingerprint);
      this.closeSession();
      await this.outbox.phoneUnpaired();
      await this.status.publish({
        phone: 'never-paired',
        phoneName: undefined,
        problem: 'Your phone unpaired this computer.',
      });
    }
  }

  /**
   * A frame from the phone that could not be stored (IndexedDB, most likely). One frame is no reason to
   * end the session, as SecureSession treats its own failures: a lost sync batch is pulled again at the next
   * gap, and the next connection asks again about every unsettled text. The person and the log hear of it.
   */
  private couldNotReceive(frame: Frame, error: unknown): void {
    console.error(`PeerText: could not handle the phone's ${frame.type}`, error);
    void this.status.publish({ problem: `Could not store what your phone sent (${reasonOf(error)}).` }).catch(
      () => undefined, // Logged just above: a store too broken for this cannot show it either.
    );
  }
}
