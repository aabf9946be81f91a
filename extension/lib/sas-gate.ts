import type { AuthenticatedPeer, FrameLink } from '@core/link/frame-link';

/**
 * A phone that paired with a typed code is not trusted until both people-facing screens showed the
 * same six digits and the person said so on both: this side's click and the phone's `auth/confirm`.
 */
export class SasGate {
  private confirmedHere = false;
  private confirmedThere = false;
  private done = false;

  constructor(
    readonly link: FrameLink,
    readonly peer: AuthenticatedPeer,
    readonly sas: string,
    private readonly onTrusted: () => void,
  ) {}

  confirmHere(): void {
    if (this.done || this.confirmedHere) return;
    this.confirmedHere = true;
    this.link.send({ type: 'auth/confirm' });
    this.settle();
  }

  confirmedByPhone(): void {
    this.confirmedThere = true;
    this.settle();
  }

  /** The phone is told why at once; it forgets this computer instead of redialling to find out. */
  reject(): void {
    this.done = true;
    this.link.close({
      code: 'not-paired',
      message: 'The six digits did not match on the computer. Pair again from the extension.',
    });
  }

  private settle(): void {
    if (this.done || !this.confirmedHere || !this.confirmedThere) return;
    this.done = true;
    this.onTrusted();
  }
}
