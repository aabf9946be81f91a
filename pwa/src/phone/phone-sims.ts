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
  /** Computers whose hello named `phone/sims`: an older one would lose its session over the frame. */
  private readonly accepting = new Set<string>();

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
    for (const peerId of this.connected()) if (this.accepting.has(peerId)) this.tell(peerId);
  }

  /** At connect: the SIMs go only to a computer that said it understands them. */
  computerReady(peerId: string, accepts: readonly string[] | undefined): void {
    if (!accepts?.includes('phone/sims')) {
      this.accepting.delete(peerId);
      return;
    }
    this.accepting.add(peerId);
    this.tell(peerId);
  }

  private tell(peerId: string): void {
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
