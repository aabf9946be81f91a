import { Backoff } from '@core/retry/backoff';
import { isSignalingError, signalingPeer } from '@web/signaling-peer';
import type { Peer } from 'peerjs';
import type { ServerIdentity } from '../db/phone-db';

/** What a phone's signaling peer tells the computers that dial through it. */
export interface SignalingEvents {
  /** Signaling is open: dials can go out. */
  opened(peer: PhonePeer): void;
  /** Signaling went away: only already open data channels keep going. */
  lost(peer: PhonePeer): void;
  /** The server says this computer is not online. */
  unavailable(peer: PhonePeer, computerPeerId: string): void;
  /** Someone dialled this phone: computers never do, so it is a stranger. */
  stranger(): void;
}

/**
 * This phone's PeerJS peer on one signaling server, kept open (reconnected with backoff) until
 * stopped. The phone always dials: computers never need to know where the phone is. The computers
 * dialling through it are not kept here but in ConnectedComputers.
 */
export class PhonePeer {
  private current: Peer | undefined;
  private readonly backoff = new Backoff();
  private stopped = false;

  constructor(
    private readonly identity: ServerIdentity,
    readonly signalingUrl: string,
    private readonly events: SignalingEvents,
  ) {
    this.createPeer();
  }

  get peer(): Peer | undefined {
    return this.current;
  }

  stop(): void {
    this.stopped = true;
    this.backoff.cancel();
    this.current?.destroy();
  }

  private createPeer(): void {
    const { peer, iceReady } = signalingPeer(this.identity, this.signalingUrl);
    this.current = peer;
    // Dials wait for the ICE servers, so a computer behind another NAT is dialled with the relay.
    peer.on('open', () => {
      void iceReady().then(() => {
        if (peer !== this.current || !peer.open) return;
        this.backoff.succeeded();
        this.events.opened(this);
      });
    });
    // Computers never dial the phone; an incoming call is not one of ours, whatever it says.
    peer.on('connection', (conn) => {
      conn.close();
      this.events.stranger();
    });
    peer.on('disconnected', () => this.lost(peer));
    peer.on('close', () => this.lost(peer));
    peer.on('error', (error) => {
      if (error.type === 'peer-unavailable') {
        this.events.unavailable(this, error.message.split(' ').pop() ?? '');
      } else if (isSignalingError(error)) {
        this.lost(peer);
      }
    });
  }

  /** A dropped socket keeps the id (reconnect); a destroyed peer needs a new one with the same id and token. */
  private lost(peer: Peer): void {
    if (peer !== this.current || this.stopped) return;
    this.events.lost(this);
    this.backoff.retry(() => {
      if (this.stopped || peer !== this.current) return;
      if (peer.destroyed) this.createPeer();
      else if (peer.disconnected) peer.reconnect();
    });
  }
}
