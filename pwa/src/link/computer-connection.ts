import type { DeviceKey } from '@core/auth/device-key';
import type { ErrorCode, Frame, SyncBatchFrame } from '@core/protocol/frames';
import { Backoff } from '@core/retry/backoff';
import { type AuthenticatedPeer, type Authorize, SecureSession } from '@core/session/secure-session';
import { dataConnectionChannel } from '@web/data-connection-channel';
import { onFirstOpen } from '@web/first-open';
import type { DataConnection } from 'peerjs';
import type { PhoneReply } from '../sending/send-request-ledger';
import type { PhonePeer } from './phone-peer';

/** Everything the phone says to a computer after the handshake. */
export type PhoneOutgoing =
  | PhoneReply
  | { type: 'auth/revoke' | 'auth/confirm' }
  | Omit<SyncBatchFrame, 'v' | 'id' | 'seq'>;

export type ComputerState = 'connecting' | 'connected' | 'offline';

/** What every computer's connection tells the phone, each event naming the computer it is about. */
export interface ComputerEvents {
  state(computerPeerId: string, state: ComputerState): void;
  ready(computerPeerId: string, peer: AuthenticatedPeer): void;
  frame(computerPeerId: string, frame: Frame): void;
  /** The handshake failed, refused by either side; the connection is closed. */
  refused(computerPeerId: string, code: ErrorCode, message: string): void;
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

/** The phone's data channel to one paired computer, redialled with backoff whenever it is lost. */
export class ComputerConnection {
  state: ComputerState = 'connecting';
  private session: SecureSession | undefined;
  private ready = false;
  private attempt: DataConnection | undefined;
  private readonly backoff = new Backoff();
  private stopped = false;

  constructor(
    readonly peerId: string,
    /** The signaling peer this computer is dialled through. */
    readonly via: PhonePeer,
    private readonly device: string,
    private readonly auth: PhoneAuth,
    private readonly events: ComputerEvents,
  ) {}

  /** Dials now, unless a session is up, a dial or a retry is under way, or signaling is not open yet. */
  connect(): void {
    if (this.stopped || this.session || this.attempt || this.backoff.waiting) return;
    const peer = this.via.peer;
    if (!peer?.open) return;
    const conn = peer.connect(this.peerId, { reliable: true, serialization: 'json' });
    if (!conn) {
      this.failed();
      return;
    }
    this.attempt = conn;
    const deadline = setTimeout(() => this.abandon(conn), CONNECT_TIMEOUT_MS);
    onFirstOpen(conn, () => {
      clearTimeout(deadline);
      if (this.attempt !== conn) return conn.close();
      this.attempt = undefined;
      this.attach(conn);
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

  /** Without signaling no dial can work; an open data channel keeps going without it. */
  signalingLost(): void {
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
    this.session?.close();
  }

  private attach(conn: DataConnection): void {
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
    this.session = session;
    this.ready = false;
    const handshakeDeadline = setTimeout(() => session.close(), CONNECT_TIMEOUT_MS);
    session.on('ready', (peer) => {
      clearTimeout(handshakeDeadline);
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
    session.on('refused', (code, message) => {
      console.warn(`PeerText: connection refused: ${code}: ${message}`);
      if (session === this.session) this.events.refused(this.peerId, code, message);
    });
    session.on('problem', (code, message) => console.warn(`PeerText link: ${code}: ${message}`));
    session.on('closed', () => {
      clearTimeout(handshakeDeadline);
      if (session !== this.session) return;
      this.session = undefined;
      this.ready = false;
      this.failed();
    });
  }

  private abandon(conn: DataConnection): void {
    if (this.attempt !== conn) return;
    this.attempt = undefined;
    conn.close();
    this.failed();
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
