import type { DeviceKey } from '@core/auth/device-key';
import type { ErrorCode, Frame, SimsFrame, SyncBatchFrame } from '@core/protocol/frames';
import { Backoff } from '@core/retry/backoff';
import {
  type AuthenticatedPeer,
  type Authorize,
  type RefusalProof,
  SecureSession,
} from '@core/session/secure-session';
import { dataConnectionChannel } from '@web/data-connection-channel';
import { onFirstOpen } from '@web/first-open';
import { PATH_LOSS_GRACE_MS, watchPathLoss } from '@web/ice-watch';
import type { DataConnection } from 'peerjs';
import type { PhoneReply } from '../sending/send-request-ledger';
import type { PhonePeer } from './phone-peer';

/** Everything the phone says to a computer after the handshake. */
export type PhoneOutgoing =
  | PhoneReply
  | { type: 'auth/revoke' | 'auth/confirm' }
  | Omit<SyncBatchFrame, 'v' | 'id' | 'seq'>
  | Omit<SimsFrame, 'v' | 'id' | 'seq'>;

export type ComputerState = 'connecting' | 'connected' | 'offline';

/** What every computer's connection tells the phone, each event naming the computer it is about. */
export interface ComputerEvents {
  state(computerPeerId: string, state: ComputerState): void;
  ready(computerPeerId: string, peer: AuthenticatedPeer): void;
  frame(computerPeerId: string, frame: Frame): void;
  /**
   * The handshake failed, refused by either side, or the computer ended the session with a reason; the
   * connection is closed. `proof`: whether the refusal is provably the computer's (see RefusalProof).
   */
  refused(computerPeerId: string, code: ErrorCode, message: string, proof: RefusalProof): void;
}

/** How the phone proves itself to a computer and decides whether to trust it. */
export interface PhoneAuth {
  key: DeviceKey;
  authorize(computerPeerId: string, peer: AuthenticatedPeer): ReturnType<Authorize>;
  /** The QR code's one-time secret, until the first handshake with this computer has passed. */
  pairSecret(computerPeerId: string): string | undefined;
  /** The typed pairing code, until the SAS check has passed. */
  pairCode(computerPeerId: string): string | undefined;
}

/** ICE that never completes gives no PeerJS event at all: only a deadline notices. */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * The phone's data channel to one paired computer, redialled with backoff whenever it is lost.
 * When signaling comes back after a loss while a session is open, the phone may be on a new
 * network under that session: it dials a second connection, which replaces the first once ready
 * (make before break), so a phone that changed networks is back without waiting for ICE to give up.
 */
export class ComputerConnection {
  state: ComputerState = 'connecting';
  private session: SecureSession | undefined;
  /** The second session dialled after signaling came back, until it is ready or gone. */
  private replacement: SecureSession | undefined;
  private ready = false;
  private attempt: DataConnection | undefined;
  private readonly backoff = new Backoff();
  private stopped = false;
  private signalingWasLost = false;

  constructor(
    readonly peerId: string,
    /** The signaling peer this computer is dialled through. */
    readonly via: PhonePeer,
    private readonly device: string,
    private readonly auth: PhoneAuth,
    private readonly events: ComputerEvents,
  ) {}

  /**
   * Dials now, unless a session is up (and signaling was not lost meanwhile), a dial or a retry is
   * under way, or signaling is not open yet.
   */
  connect(): void {
    if (this.stopped || this.attempt || this.backoff.waiting || this.replacement) return;
    if (this.session && !this.signalingWasLost) return;
    const peer = this.via.peer;
    if (!peer?.open) return;
    this.signalingWasLost = false;
    const replacing = this.session !== undefined;
    const conn = peer.connect(this.peerId, { reliable: true, serialization: 'json' });
    if (!conn) {
      if (!replacing) this.failed();
      return;
    }
    this.attempt = conn;
    const deadline = setTimeout(() => this.abandon(conn), CONNECT_TIMEOUT_MS);
    onFirstOpen(conn, () => {
      clearTimeout(deadline);
      if (this.attempt !== conn) return conn.close();
      this.attempt = undefined;
      this.attach(conn, replacing && this.session !== undefined);
    });
    const fail = () => {
      clearTimeout(deadline);
      this.abandon(conn);
    };
    conn.on('error', fail);
    conn.on('close', fail);
  }

  /** The signaling server says the computer is not online. */
  unavailable(): void {
    if (this.attempt) this.abandon(this.attempt);
  }

  /** Without signaling no dial can work; an open data channel keeps going without it, for now. */
  signalingLost(): void {
    this.signalingWasLost = true;
    if (!this.session) this.setState('offline');
  }

  send(frame: PhoneOutgoing): boolean {
    if (!this.ready || !this.session?.ready) return false;
    this.session.send(frame);
    return true;
  }

  /** The six digits of the current session, for a typed-code pairing. */
  sas(): Promise<string> {
    if (!this.session) return Promise.reject(new Error('Not connected.'));
    return this.session.sas();
  }

  stop(): void {
    this.stopped = true;
    this.backoff.cancel();
    this.attempt?.close();
    this.replacement?.close();
    this.session?.close();
  }

  private attach(conn: DataConnection, replacing: boolean): void {
    const pairSecret = this.auth.pairSecret(this.peerId);
    const pairCode = this.auth.pairCode(this.peerId);
    const session = new SecureSession(dataConnectionChannel(conn), {
      role: 'phone',
      device: this.device,
      key: this.auth.key,
      authorize: (peer) => this.auth.authorize(this.peerId, peer),
      ...(pairSecret ? { pairSecret } : {}),
      ...(pairCode ? { pairCode } : {}),
    });
    if (replacing) {
      this.replacement = session;
    } else {
      this.session = session;
      this.ready = false;
    }
    const handshakeDeadline = setTimeout(() => session.close(), CONNECT_TIMEOUT_MS);
    // A lost path is redialled in seconds (a new network, a relay back), not after ICE's 30 s.
    const pc = conn.peerConnection as RTCPeerConnection | undefined;
    const stopWatch = pc ? watchPathLoss(pc, PATH_LOSS_GRACE_MS, () => session.close()) : () => undefined;
    session.on('ready', (peer) => {
      clearTimeout(handshakeDeadline);
      if (session === this.replacement) {
        const old = this.session;
        this.replacement = undefined;
        this.session = session;
        old?.close();
      }
      if (session !== this.session) return;
      this.ready = true;
      this.backoff.succeeded();
      this.setState('connected');
      this.events.ready(this.peerId, peer);
    });
    // SecureSession passes on nothing before both keys are proven on this connection.
    session.on('frame', (frame) => {
      if (this.ready && session === this.session) this.events.frame(this.peerId, frame);
    });
    session.on('refused', (code, message, proof) => {
      console.warn(`PeerText: connection refused: ${code}: ${message} (proof: ${proof})`);
      if (session === this.session) this.events.refused(this.peerId, code, message, proof);
    });
    session.on('problem', (code, message) => console.warn(`PeerText link: ${code}: ${message}`));
    session.on('closed', () => {
      clearTimeout(handshakeDeadline);
      stopWatch();
      if (session === this.replacement) {
        this.replacement = undefined;
        if (!this.session) this.failed();
        return;
      }
      if (session !== this.session) return;
      this.session = undefined;
      this.ready = false;
      // A replacement under way decides what happens next.
      if (!this.replacement) this.failed();
    });
  }

  private abandon(conn: DataConnection): void {
    if (this.attempt !== conn) return;
    this.attempt = undefined;
    conn.close();
    // A replacement that did not come up leaves the open session as it was.
    if (!this.session) this.failed();
  }

  private failed(): void {
    this.setState('offline');
    if (!this.stopped) this.backoff.retry(() => this.connect());
  }

  private setState(state: ComputerState): void {
    if (this.stopped || state === this.state) return;
    this.state = state;
    this.events.state(this.peerId, state);
  }
}
