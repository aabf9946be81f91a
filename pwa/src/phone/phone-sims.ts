import type { Sim } from '@core/bridge/bridge-contract';
import type { PhoneSim, SimsFrame } from '@core/protocol/frames';

export type SimsOut = Omit<SimsFrame, 'v' | 'id' | 'seq'>;

/**
 * The SIMs this phone can send with, as each connected computer should know them so compose can
 * offer the choice: told at every connect, and to every connected computer when a fresh listing
 * differs (a SIM swapped, the default changed in Android's settings while PeerText was away).
 */
export class PhoneSims {
  private sims: PhoneSim[] = [];
  private lister: (() => Promise<Sim[]>) | undefined;

  constructor(
    private readonly send: (peerId: string, frame: SimsOut) => void,
    private readonly connected: () => string[],
  ) {}

  /** The wrapper's listSims; without one (the `sms:` fallback) the SMS app chooses, so none is offered. */
  use(lister: (() => Promise<Sim[]>) | undefined): Promise<void> {
    this.lister = lister;
    return this.refresh();
  }

  /** Lists again; a change goes to every connected computer. A failed listing keeps what was known. */
  async refresh(): Promise<void> {
    let listed: PhoneSim[];
    try {
      listed = this.lister ? (await this.lister()).map(forComputer) : [];
    } catch (error) {
      console.warn('PeerText: could not list the SIMs', error);
      return;
    }
    if (JSON.stringify(listed) === JSON.stringify(this.sims)) return;
    this.sims = listed;
    for (const peerId of this.connected()) this.tell(peerId);
  }

  tell(peerId: string): void {
    this.send(peerId, { type: 'phone/sims', sims: this.sims });
  }
}

/** The frame's bounds, and no number: the computer shows carrier and slot. */
function forComputer(sim: Sim): PhoneSim {
  return {
    id: sim.id,
    slot: sim.slot,
    carrier: sim.carrier.slice(0, 100),
    ...(sim.default === undefined ? {} : { default: sim.default }),
  };
}
