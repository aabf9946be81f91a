import { Backoff } from '@core/retry/backoff';
import { type HandshakeSlot, HandshakeSlots } from '@core/session/handshake-slots';
import { onFirstOpen } from '@web/first-open';
import { watchConnect } from '@web/ice-watch';
import { isSignalingError, signalingPeer } from '@web/signaling-peer';
import type { DataConnection, Peer } from 'peerjs';
import type { LinkStatusPublisher } from './link-status';
import type { PeerIdentity } from './peer-identity';

/** The first wait before reconnecting to the signaling server, and the longest, as the doubling goes. */
const RECONNECT_FIRST_MS = 1_000;
const RECONNECT_MAX_MS = 10_000;
/** A phone's dial that has no path by then is told to the person (the phone itself gives up at 10 s). */
const CONNECT_BOUND_MS = 10_000;

/**
 * This computer's presence on the signaling server: the PeerJS peer the phone dials. A lost server is
 * tried again with backoff (1 s, doubling up to 10 s, back to 1 s once online). Each connection a phone
 * opens is handed on once, on its first open (Chromium now and then fires a data channel's open twice),
 * with its place among the connections not yet authenticated (HandshakeSlots).
 */
export class SignalingPresence {
  private readonly reconnect = new Backoff(RECONNECT_FIRST_MS, RECONNECT_MAX_MS);
  private current: Peer | undefined;

  constructor(
    private readonly identity: PeerIdentity,
    private signalingUrl: string,
    private readonly status: Pick<LinkStatusPublisher, 'publishOrLog'>,
    private readonly onConnection: (conn: DataConnection, slot: HandshakeSlot) => void,
  ) {}

  /** Connections that have not proven a key yet: a flood of strangers pushes out its own oldest. */
  private readonly slots = new HandshakeSlots();

  connect(): void {
    const { peer } = signalingPeer(this.identity, this.signalingUrl);
    this.current = peer;
    peer.on('open', () => {
      if (peer !== this.current) return;
      this.reconnect.succeeded();
      this.status.publishOrLog({ signaling: 'online' });
    });
    peer.on('connection', (conn) => {
      // Our phone speaks 'json' only. PeerJS's 'binary' reassembles msgpack chunks with no bound on
      // their count or size, before any frame reaches our checks: refuse it before the channel opens.
      if (conn.serialization !== 'json') {
        console.warn(`PeerText: refused a connection with serialization ${String(conn.serialization)}`);
        conn.close();
        return;
      }
      const slot = this.slots.admit(() => conn.close());
      conn.on('close', () => slot.release());
      const pc = conn.peerConnection as RTCPeerConnection | undefined;
      if (pc) {
        watchConnect(pc, CONNECT_BOUND_MS, (why) => this.status.publishOrLog({ unreachable: why }));
      }
      onFirstOpen(conn, () => this.onConnection(conn, slot));
    });
    peer.on('disconnected', () => {
      if (peer !== this.current) return;
      this.status.publishOrLog({ signaling: 'offline' });
      this.reconnect.retry(() => this.recover(peer));
    });
    peer.on('error', (error) => {
      // Only signaling-level failures matter here; a failed data channel is the phone's to retry.
      if (!isSignalingError(error) || peer !== this.current) return;
      this.status.publishOrLog({ signaling: 'offline', problem: `Signaling: ${error.message}` });
      this.reconnect.retry(() => this.recover(peer));
    });
  }

  /**
   * Back onto the server after a loss or a signaling error. A peer that was online is only disconnected
   * by PeerJS, its id kept: reconnecting it keeps its open data channels. Destroying it would close them
   * (a phone halfway through a typed-code handshake lost its connection, and its one-time code with it).
   * A peer that never got online PeerJS has destroyed already: a new one takes its place.
   */
  private recover(peer: Peer): void {
    if (peer !== this.current) return;
    if (peer.disconnected && !peer.destroyed) {
      peer.reconnect();
      return;
    }
    if (!peer.destroyed && peer.open) return;
    peer.destroy();
    this.connect();
  }

  /** The person chose another server: leave this one now and register there (same id and token). */
  moveTo(signalingUrl: string): void {
    if (signalingUrl === this.signalingUrl) return;
    this.signalingUrl = signalingUrl;
    this.reconnect.cancel();
    const old = this.current;
    this.current = undefined;
    old?.destroy();
    this.status.publishOrLog({ signaling: 'connecting', problem: undefined });
    this.connect();
  }
}
