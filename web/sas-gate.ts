import type { ErrorCode } from '@core/protocol/frames';
import type { AuthenticatedPeer } from '@core/session/secure-session';

/** What the gate needs of the link it guards: sending this side's yes, and closing with a reason. */
export interface SasLink {
  send(frame: { type: 'auth/confirm' }): unknown;
  close(reason?: { code: ErrorCode; message: string }): void;
}

/**
 * A device that paired with a typed code is not trusted until both people-facing screens showed the
 * same six digits and the person said so on both: this side's click, and the other side's
 * `auth/confirm`, in either order. The computer's gate and the phone's are this one.
 */
export class SasGate {
  private hereConfirmed = false;
  private thereConfirmed = false;
  private rejected = false;

  constructor(
    readonly link: SasLink,
    readonly peer: AuthenticatedPeer,
    readonly sas: string,
    private readonly onTrusted: () => void = () => undefined,
  ) {}

  /** The person on this side said the digits match (their `auth/confirm` has gone to the other side). */
  get here(): boolean {
    return this.hereConfirmed;
  }

  /** The other side said the digits match (its `auth/confirm` arrived). */
  get there(): boolean {
    return this.thereConfirmed;
  }

  /** Both sides said the digits match, and nobody said they differ. */
  get trusted(): boolean {
    return !this.rejected && this.hereConfirmed && this.thereConfirmed;
  }

  confirmHere(): void {
    if (this.rejected || this.hereConfirmed) return;
    this.hereConfirmed = true;
    this.link.send({ type: 'auth/confirm' });
    this.settle();
  }

  /** The other side's `auth/confirm` came. */
  confirmedThere(): void {
    if (this.rejected || this.thereConfirmed) return;
    this.thereConfirmed = true;
    this.settle();
  }

  /**
   * The computer's "they differ": the phone is told why at once, and forgets this computer instead of
   * redialling to find out. (The phone's "they differ" must revoke the pairing over the open link first,
   * so it drops its gate and forgets the computer instead.)
   */
  reject(): void {
    this.rejected = true;
    this.link.close({
      code: 'not-paired',
      message: 'The six digits did not match on the computer. Pair again from the extension.',
    });
  }

  private settle(): void {
    if (this.trusted) this.onTrusted();
  }
}
