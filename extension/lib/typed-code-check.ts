import type { Frame } from '@core/protocol/frames';
import type { AuthenticatedPeer, SecureSession } from '@core/session/secure-session';
import { SasGate } from '@web/sas-gate';
import { deleteKv, writeKv } from './kv';
import { logFailure } from './log-failure';

/**
 * A phone that came with the typed code waits here, not yet trusted, until the person has compared the
 * six digits (the SAS) on both screens and said they match on both. The popup shows the digits from kv
 * `sasCheck` while a check is open. One check at a time.
 */
export class TypedCodeCheck {
  private gate: SasGate | undefined;

  /** Shows the six digits for `link`; `trusted` runs once both sides confirmed. */
  async begin(link: SecureSession, peer: AuthenticatedPeer, trusted: () => void): Promise<void> {
    const sas = await link.sas();
    this.gate = new SasGate(link, peer, sas, () => {
      this.gate = undefined;
      this.clearShown();
      trusted();
    });
    await writeKv('sasCheck', { sas, phoneName: peer.device });
  }

  /** The person's answer on this computer: the digits match, or not (the phone is then refused). */
  answer(matches: boolean): void {
    const gate = this.gate;
    if (!gate) return;
    if (matches) {
      gate.confirmHere();
      return;
    }
    this.gate = undefined;
    gate.reject();
    this.clearShown();
  }

  /** The phone's `auth/confirm` on the link under check is this check's: true when `frame` was one. */
  takeFrame(link: SecureSession, frame: Frame): boolean {
    if (this.gate?.link !== link || frame.type !== 'auth/confirm') return false;
    this.gate.confirmedThere();
    return true;
  }

  /** The link closed: a check open on it is over. */
  closed(link: SecureSession): void {
    if (this.gate?.link !== link) return;
    this.gate = undefined;
    this.clearShown();
  }

  private clearShown(): void {
    void deleteKv('sasCheck').catch(logFailure('clear the SAS check'));
  }
}
