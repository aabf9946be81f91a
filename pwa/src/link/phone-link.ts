import type { AuthenticatedPeer } from '@core/link/frame-link';
import { peerServerOptions } from '@core/pairing/pairing-link';
import type { ErrorCode, Frame } from '@core/protocol/frames';
import { Peer } from 'peerjs';
import type { PhoneIdentity } from '../db/phone-db';
import {
  ComputerConnection,
  type ComputerState,
  type PhoneAuth,
  type PhoneOutgoing,
} from './computer-connection';

export interface PhoneLinkHooks {
  state(computerPeerId: string, state: ComputerState): void;
  ready(computerPeerId: string, peer: AuthenticatedPeer): void;
  frame(computerPeerId: string, frame: Frame): void;
  refused(computerPeerId: string, code: ErrorCode, message: string): void;
  /** Someone dialled this phone: computers never do, so it is a stranger. */
  stranger(): void;
  auth(computerPeerId: string): PhoneAuth;
}

const RETRY_MIN_MS = 1000;
const RETRY_MAX_MS = 10_000;
const SIGNALING_ERRORS = ['network', 'server-error', 'socket-error', 'socket-closed', 'unavailable-id'];

/**
 * This phone's PeerJS peer on one signaling server, and its channels to the computers paired
 * through it. The phone always dials: computers never need to know where the phone is.
 */
export class PhoneLink {
  private peer: Peer | undefined;
  private readonly computers = new Map<string, ComputerConnection>();
  private retryMs = RETRY_MIN_MS;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(
    private readonly identity: PhoneIdentity,
    readonly signalingUrl: string,
    private readonly hooks: PhoneLinkHooks,
  ) {}

  get size(): number {
    return this.computers.size;
  }

  add(computerPeerId: string): void {
    const known = this.computers.get(computerPeerId);
    if (known) {
      known.connect();
      return;
    }
    const connection = new ComputerConnection(
      computerPeerId,
      this.identity.deviceName,
      this.hooks.auth(computerPeerId),
      () => this.peer,
      {
        state: (state) => this.hooks.state(computerPeerId, state),
        ready: (peer) => this.hooks.ready(computerPeerId, peer),
        frame: (frame) => this.hooks.frame(computerPeerId, frame),
        refused: (code, message) => this.hooks.refused(computerPeerId, code, message),
      },
    );
    this.computers.set(computerPeerId, connection);
    this.hooks.state(computerPeerId, connection.state);
    if (this.peer) connection.connect();
    else this.createPeer();
  }

  remove(computerPeerId: string): void {
    this.computers.get(computerPeerId)?.stop();
    this.computers.delete(computerPeerId);
  }

  state(computerPeerId: string): ComputerState | undefined {
    return this.computers.get(computerPeerId)?.state;
  }

  sas(computerPeerId: string): Promise<string> {
    return this.computers.get(computerPeerId)?.sas() ?? Promise.reject(new Error('Not connected.'));
  }

  send(computerPeerId: string, frame: PhoneOutgoing): boolean {
    return this.computers.get(computerPeerId)?.send(frame) ?? false;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    for (const connection of this.computers.values()) connection.stop();
    this.computers.clear();
    this.peer?.destroy();
  }

  private createPeer(): void {
    const peer = new Peer(this.identity.peerId, {
      ...peerServerOptions(this.signalingUrl),
      token: this.identity.token,
      config: { iceServers: [] },
      debug: 0,
    });
    this.peer = peer;
    peer.on('open', () => {
      if (peer !== this.peer) return;
      this.retryMs = RETRY_MIN_MS;
      for (const connection of this.computers.values()) connection.connect();
    });
    // Computers never dial the phone; an incoming call is not one of ours, whatever it says.
    peer.on('connection', (conn) => {
      conn.close();
      this.hooks.stranger();
    });
    peer.on('disconnected', () => this.lost(peer));
    peer.on('close', () => this.lost(peer));
    peer.on('error', (error) => {
      if (error.type === 'peer-unavailable') {
        const computerPeerId = error.message.split(' ').pop() ?? '';
        this.computers.get(computerPeerId)?.unavailable();
      } else if (SIGNALING_ERRORS.includes(error.type)) {
        this.lost(peer);
      }
    });
  }

  /** A dropped socket keeps the id (reconnect); a destroyed peer needs a new one with the same id and token. */
  private lost(peer: Peer): void {
    if (peer !== this.peer || this.stopped) return;
    for (const connection of this.computers.values()) connection.signalingLost();
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.stopped || peer !== this.peer) return;
      if (peer.destroyed) this.createPeer();
      else if (peer.disconnected) peer.reconnect();
    }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
  }
}
