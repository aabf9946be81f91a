import type { DeviceKey } from '@core/auth/device-key';
import { type AuthenticatedPeer, type Authorize, FrameLink } from '@core/link/frame-link';
import type { ErrorCode, Frame, SyncBatchFrame } from '@core/protocol/frames';
import { dataConnectionChannel } from '@web/data-connection-channel';
import { onFirstOpen } from '@web/first-open';
import type { DataConnection, Peer } from 'peerjs';
import type { PhoneReply } from '../sending/send-request-ledger';

/** Everything the phone says to a computer after the handshake. */
export type PhoneOutgoing =
  | PhoneReply
  | { type: 'auth/revoke' | 'auth/confirm' }
  | Omit<SyncBatchFrame, 'v' | 'id' | 'seq'>;

export type ComputerState = 'connecting' | 'connected' | 'offline';

export interface ComputerConnectionHooks {
  state(state: ComputerState): void;
  ready(peer: AuthenticatedPeer): void;
  frame(frame: Frame): void;
  /** The handshake failed, refused by either side; the connection is closed. */
  refused(code: ErrorCode, message: string): void;
}

export interface PhoneAuth {
  key: DeviceKey;
  authorize: Authorize;
  /** The QR code's one-time secret, until the first handshake with this computer has passed. */
  pairSecret(): string | undefined;
  /** The typed pairing code, until the SAS check has passed. */
  pairCode(): string | undefined;
}

/** ICE that never completes gives no PeerJS event at all: only a deadline notices. */
const CONNECT_TIMEOUT_MS = 10_000;
const RETRY_MIN_MS = 1000;
const RETRY_MAX_MS = 10_000;

/** The phone's data channel to one paired computer, redialled with backoff whenever it is lost. */
export class ComputerConnection {
  state: ComputerState = 'connecting';
  private link: FrameLink | undefined;
  private ready = false;
  private attempt: DataConnection | undefined;
  private retryMs = RETRY_MIN_MS;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;

  constructor(
    readonly peerId: string,
    private readonly device: string,
    private readonly auth: PhoneAuth,
    private readonly currentPeer: () => Peer | undefined,
    private readonly hooks: ComputerConnectionHooks,
  ) {}

  /** Dials now, unless a link is up, a dial or a retry is under way, or signaling is not open yet. */
  connect(): void {
    if (this.stopped || this.link || this.attempt || this.retryTimer) return;
    const peer = this.currentPeer();
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
    if (!this.link) this.setState('offline');
  }

  send(frame: PhoneOutgoing): boolean {
    if (!this.ready || !this.link?.ready) return false;
    this.link.send(frame);
    return true;
  }

  /** The six digits of the current session, for a typed-code pairing. */
  sas(): Promise<string> {
    if (!this.link) return Promise.reject(new Error('Not connected.'));
    return this.link.sas();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.attempt?.close();
    this.link?.close();
  }

  private attach(conn: DataConnection): void {
    const pairSecret = this.auth.pairSecret();
    const pairCode = this.auth.pairCode();
    const link = new FrameLink(dataConnectionChannel(conn), {
      role: 'phone',
      device: this.device,
      key: this.auth.key,
      authorize: this.auth.authorize,
      ...(pairSecret ? { pairSecret } : {}),
      ...(pairCode ? { pairCode } : {}),
    });
    this.link = link;
    this.ready = false;
    const handshakeDeadline = setTimeout(() => link.close(), CONNECT_TIMEOUT_MS);
    link.on('ready', (peer) => {
      clearTimeout(handshakeDeadline);
      if (link !== this.link) return;
      this.ready = true;
      this.retryMs = RETRY_MIN_MS;
      this.setState('connected');
      this.hooks.ready(peer);
    });
    // FrameLink passes on nothing before both keys are proven on this connection.
    link.on('frame', (frame) => {
      if (this.ready && link === this.link) this.hooks.frame(frame);
    });
    link.on('refused', (code, message) => {
      console.warn(`PeerText: connection refused: ${code}: ${message}`);
      if (link === this.link) this.hooks.refused(code, message);
    });
    link.on('problem', (code, message) => console.warn(`PeerText link: ${code}: ${message}`));
    link.on('closed', () => {
      clearTimeout(handshakeDeadline);
      if (link !== this.link) return;
      this.link = undefined;
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
    if (this.stopped || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.connect();
    }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
  }

  private setState(state: ComputerState): void {
    if (this.stopped || state === this.state) return;
    this.state = state;
    this.hooks.state(state);
  }
}
