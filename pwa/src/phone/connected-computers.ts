import type { PairedComputer, PhoneIdentity } from '../db/phone-db';
import {
  ComputerConnection,
  type ComputerEvents,
  type ComputerState,
  type PhoneAuth,
  type PhoneOutgoing,
} from '../link/computer-connection';
import { PhoneLink, type SignalingEvents } from '../link/phone-link';

export interface ConnectedComputersEvents extends ComputerEvents {
  /** Someone dialled this phone: computers never do, so it is a stranger. */
  stranger(): void;
  /** This computer's connection was stopped and is gone. */
  removed(computerPeerId: string): void;
}

/**
 * The computers this phone dials, by peer id: the one map every frame in and every reply out goes
 * through. Each is dialled through this phone's signaling peer on its server, one peer per server,
 * kept while some computer uses it.
 */
export class ConnectedComputers {
  private readonly connections = new Map<string, ComputerConnection>();
  private readonly links = new Map<string, PhoneLink>();
  private readonly signaling: SignalingEvents = {
    opened: (link) => {
      for (const connection of this.through(link)) connection.connect();
    },
    lost: (link) => {
      for (const connection of this.through(link)) connection.signalingLost();
    },
    unavailable: (link, peerId) => {
      const connection = this.connections.get(peerId);
      if (connection?.via === link) connection.unavailable();
    },
    stranger: () => this.events.stranger(),
  };

  constructor(
    private readonly identity: PhoneIdentity,
    private readonly auth: PhoneAuth,
    private readonly events: ConnectedComputersEvents,
  ) {}

  /** Dials the computer, or again if known; a new signaling address needs a new peer, the same keeps it. */
  connect(computer: PairedComputer): void {
    const known = this.connections.get(computer.peerId);
    if (known?.via.signalingUrl === computer.signalingUrl) {
      known.connect();
      return;
    }
    if (known) this.disconnect(computer.peerId);
    const connection = new ComputerConnection(
      computer.peerId,
      this.linkTo(computer.signalingUrl),
      this.identity.deviceName,
      this.auth,
      this.events,
    );
    this.connections.set(computer.peerId, connection);
    this.events.state(computer.peerId, connection.state);
    connection.connect();
  }

  disconnect(peerId: string): void {
    const connection = this.connections.get(peerId);
    if (!connection) return;
    connection.stop();
    this.connections.delete(peerId);
    const link = connection.via;
    if (this.through(link).length === 0) {
      link.stop();
      this.links.delete(link.signalingUrl);
    }
    this.events.removed(peerId);
  }

  /** False when that computer is not connected: the frame is dropped (it asks again on reconnect). */
  send(peerId: string, frame: PhoneOutgoing): boolean {
    return this.connections.get(peerId)?.send(frame) ?? false;
  }

  state(peerId: string): ComputerState | undefined {
    return this.connections.get(peerId)?.state;
  }

  /** The six digits of that computer's current session, for a typed-code pairing. */
  sas(peerId: string): Promise<string> {
    return this.connections.get(peerId)?.sas() ?? Promise.reject(new Error('Not connected.'));
  }

  connected(): string[] {
    return [...this.connections.values()].filter((c) => c.state === 'connected').map((c) => c.peerId);
  }

  private linkTo(signalingUrl: string): PhoneLink {
    let link = this.links.get(signalingUrl);
    if (!link) {
      link = new PhoneLink(this.identity, signalingUrl, this.signaling);
      this.links.set(signalingUrl, link);
    }
    return link;
  }

  private through(link: PhoneLink): ComputerConnection[] {
    return [...this.connections.values()].filter((connection) => connection.via === link);
  }
}
