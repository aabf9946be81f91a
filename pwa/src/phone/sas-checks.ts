import type { AuthenticatedPeer } from '@core/session/secure-session';
import { SasGate } from '@web/sas-gate';
import type { ConnectedComputers } from './connected-computers';
import type { PairedComputers } from './paired-computers';

/**
 * Typed-code pairings waiting for the person to compare six digits on both screens, one SasGate per
 * computer. The computer's `auth/confirm` may come before this phone has worked out the digits: it
 * is kept until the gate exists.
 */
export class SasChecks {
  private readonly gates = new Map<string, SasGate>();
  private readonly early = new Set<string>();

  constructor(
    private readonly paired: PairedComputers,
    private readonly changed: () => void,
    /** "They differ": the pairing is revoked over the link and dropped, not closed with a refusal. */
    private readonly forget: (peerId: string) => Promise<void>,
    /** Both screens confirmed: the computer is trusted now, on the session still open. */
    private readonly trusted: (peerId: string, peer: AuthenticatedPeer) => void,
  ) {}

  /** By computer peer id, for the screen. */
  get checks(): ReadonlyMap<string, SasGate> {
    return this.gates;
  }

  /** A code-paired computer passed the handshake: its digits are shown until both screens confirm. */
  async begin(computers: ConnectedComputers, peerId: string, peer: AuthenticatedPeer): Promise<void> {
    const sas = await computers.sas(peerId);
    const there = this.early.delete(peerId);
    if (sas) {
      const link = {
        send: (frame: { type: 'auth/confirm' }) => computers.send(peerId, frame),
        close: () => computers.disconnect(peerId),
      };
      const gate = new SasGate(link, peer, sas);
      if (there) gate.confirmedThere();
      this.gates.set(peerId, gate);
    }
    this.changed();
  }

  /** The computer's `auth/confirm`. */
  confirmedThere(peerId: string): Promise<void> {
    const gate = this.gates.get(peerId);
    if (gate) gate.confirmedThere();
    else this.early.add(peerId);
    return this.settle(peerId);
  }

  /** The person's answer on the phone: `matches` is whether both screens show the same digits. */
  async answer(peerId: string, matches: boolean): Promise<void> {
    const gate = this.gates.get(peerId);
    if (!gate) return;
    if (!matches) {
      this.gates.delete(peerId);
      return this.forget(peerId);
    }
    gate.confirmHere();
    await this.settle(peerId);
  }

  private async settle(peerId: string): Promise<void> {
    const gate = this.gates.get(peerId);
    if (!gate?.trusted || !this.paired.get(peerId)) return this.changed();
    this.gates.delete(peerId);
    await this.paired.trust(peerId, gate.peer);
    this.trusted(peerId, gate.peer);
    this.changed();
  }
}
