import type { PairedComputer } from '../db/phone-db';
import {
  ComputerConnection,
  type ComputerEvents,
  type ComputerState,
  type PhoneAuth,
  type PhoneOutgoing,
} from '../link/computer-connection';
import { PhonePeer, type SignalingEvents } from '../link/phone-peer';
import type { ServerIdentities } from '../link/server-identities';

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
  private readonly peers = new Map<string, PhonePeer>();
  private readonly signaling: SignalingEvents = {
    opened: (peer) => {
      for (const connection of this.through(peer)) connection.connect();
    },
    lost: (peer) => {
      for (const connection of this.through(peer)) connection.signalingLost();
    },
    unavailable: (peer, peerId) => {
      const connection = this.connections.get(peerId);
      if (connection?.via === peer) connection.unavailable();
    },
    stranger: () => this.events.stranger(),
  };

  constructor(
    private readonly servers: ServerIdentities,
    private readonly deviceName: string,
    private readonly auth: PhoneAuth,
    private readonly events: ConnectedComputersEvents,
  ) {}

  /**
   * Dials the computer, or again if known; a new signaling address needs a new peer, the same keeps
   * it. The phone's id on that server must have been agreed first (ServerIdentities.ensure).
   */
  connect(computer: PairedComputer): void {
    const known = this.connections.get(computer.peerId);
    if (known?.via.signalingUrl === computer.signalingUrl) {
      known.connect();
      return;
    }
    if (known) this.disconnect(computer.peerId);
    const connection = new ComputerConnection(
      computer.peerId,
      this.peerFor(computer.signalingUrl),
      this.deviceName,
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
    const peer = connection.via;
    if (this.through(peer).length === 0) {
      peer.stop();
      this.peers.delete(peer.signalingUrl);
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

  private peerFor(signalingUrl: string): PhonePeer {
    let peer = this.peers.get(signalingUrl);
    if (!peer) {
      peer = new PhonePeer(this.servers.get(signalingUrl), signalingUrl, this.signaling);
      this.peers.set(signalingUrl, peer);
    }
    return peer;
  }

  private through(peer: PhonePeer): ComputerConnection[] {
    return [...this.connections.values()].filter((connection) => connection.via === peer);
  }
}
