import type { DeviceKey } from '@core/auth/device-key';
import type { Frame } from '@core/protocol/frames';
import type { HandshakeSlot } from '@core/session/handshake-slots';
import { type AuthenticatedPeer, SecureSession } from '@core/session/secure-session';
import { dataConnectionChannel } from '@web/data-connection-channel';
import { PATH_LOSS_GRACE_MS, watchPathLoss } from '@web/ice-watch';
import type { DataConnection } from 'peerjs';
import { authorizePhone } from './authorize-phone';
import { deviceName } from './device-name';
import type { LinkStatusPublisher } from './link-status';
import { reasonOf } from './log-failure';
import type { OutboxResend } from './outbox-resend';
import { takePairingOffer } from './pairing-offer';
import type { PhoneFrames } from './phone-frames';
import { isPinned, pin, touch } from './pinned-phones';
import type { SyncClient } from './sync-client';
import type { TypedCodeCheck } from './typed-code-check';

export interface PhoneSessionParts {
  status: LinkStatusPublisher;
  check: TypedCodeCheck;
  resend: OutboxResend;
  frames: PhoneFrames;
  sync: Pick<SyncClient, 'start' | 'stop'>;
}

/** More frames than a phone sends between its handshake and our promotion (its SIMs, a text's state). */
const MAX_EARLY_FRAMES = 32;

/**
 * The session with the phone. A connection the phone opened gets a SecureSession (attach); once the phone
 * has proven its key on it (ready), a pinned phone is promoted at once, and one that came with the typed
 * code after the SAS check. Promoting pins the phone, says "connected", resends the unsettled texts and
 * starts the sync. One session at a time, ended when its link closes.
 */
export class PhoneSession {
  private phone: { link: SecureSession; peer: AuthenticatedPeer } | undefined;
  /**
   * Frames from a ready link whose promotion is still being decided (isPinned reads IndexedDB): the
   * phone tells its SIMs right after its own side of the handshake, often before that read returns.
   * They are passed on once the link is promoted, and dropped if it goes to the SAS check or closes.
   */
  private readonly early = new Map<SecureSession, Frame[]>();

  constructor(
    private readonly key: DeviceKey,
    private readonly parts: PhoneSessionParts,
  ) {}

  /** The promoted session's link, if one is open. */
  get link(): SecureSession | undefined {
    return this.phone?.link;
  }

  /** A new connection replaces the phone's only once it has proven a pinned key: a stranger cannot kick it off. */
  attach(conn: DataConnection, slot: HandshakeSlot): void {
    const { status, check, frames } = this.parts;
    const link = new SecureSession(dataConnectionChannel(conn), {
      role: 'computer',
      device: deviceName(),
      key: this.key,
      authorize: authorizePhone,
      takeQrSecret: () => takePairingOffer(),
      // The phone's SIMs, for compose's SIM choice (phone-frames.ts).
      accepts: ['phone/sims'],
    });
    // A phone that left its network is shown away in seconds, not after ICE's 30 s.
    const pc = conn.peerConnection as RTCPeerConnection | undefined;
    const stopWatch = pc ? watchPathLoss(pc, PATH_LOSS_GRACE_MS, () => link.close()) : () => undefined;
    link.on('ready', (peer) => {
      slot.release();
      this.early.set(link, []);
      void this.onReady(link, peer).catch((error: unknown) => this.couldNotStart(link, peer, error));
    });
    // SecureSession passes on nothing before the phone has proven its key on this connection.
    link.on('frame', (frame) => {
      if (check.takeFrame(link, frame)) return;
      const phone = this.phone;
      if (phone?.link === link) return frames.receive(frame, phone.peer);
      const waiting = this.early.get(link);
      if (waiting && waiting.length < MAX_EARLY_FRAMES) waiting.push(frame);
      else console.warn(`PeerText: dropped a ${frame.type} from a phone not (yet) trusted on this link`);
    });
    link.on('refused', (code, message) => {
      console.warn(`PeerText: connection refused: ${code}: ${message}`);
      status.publishOrLog({ problem: `An unknown device tried to connect and was refused (${message})` });
    });
    link.on('problem', (code, message) => console.warn(`PeerText link: ${code}: ${message}`));
    link.on('closed', () => {
      slot.release();
      this.early.delete(link);
      stopWatch();
      check.closed(link);
      if (link !== this.phone?.link) return;
      void touch(this.phone.peer.fingerprint).catch(() => undefined);
      this.phone = undefined;
      this.parts.resend.sessionEnded();
      this.parts.sync.stop();
      status.publishOrLog({ phone: 'away' });
    });
  }

  /** A pinned phone goes straight to work; one that came with a typed code waits for the SAS check. */
  private async onReady(link: SecureSession, peer: AuthenticatedPeer): Promise<void> {
    if ((await isPinned(peer.fingerprint)) || !peer.pairCode) return this.promote(link, peer);
    // Not trusted before the six digits are confirmed: only its auth/confirm counts (takeFrame).
    this.early.delete(link);
    await this.parts.check.begin(link, peer, () => this.promote(link, peer));
  }

  private promote(link: SecureSession, peer: AuthenticatedPeer): void {
    if (!link.ready) return;
    const { status, resend, sync } = this.parts;
    const previous = this.phone?.link;
    this.phone = { link, peer };
    if (previous !== link) previous?.close();
    const early = this.early.get(link) ?? [];
    this.early.delete(link);
    for (const frame of early) this.parts.frames.receive(frame, peer);
    resend.sessionStarted(link);
    void pin(peer)
      .then(() =>
        status.publish({
          phone: 'connected',
          phoneName: peer.device,
          problem: undefined,
          unreachable: undefined,
        }),
      )
      .then(() => resend.resendUnsettled())
      .then(() => sync.start(peer.fingerprint, (frame) => link.send(frame)))
      .catch((error: unknown) => this.couldNotStart(link, peer, error));
  }

  /**
   * A session whose start failed (an IndexedDB read or write, most likely) must not stay open looking
   * connected and doing nothing: it is logged, shown in the popup, and closed, so that the phone's next
   * connection starts it again from the beginning. (A phone that was pairing and never got pinned is
   * refused on that next connection, and the person pairs again.)
   */
  private couldNotStart(link: SecureSession, peer: AuthenticatedPeer, error: unknown): void {
    console.error(`PeerText: could not start the session with ${peer.device}`, error);
    // Ended meanwhile (the phone left, or a newer connection replaced it): nothing to close, and a
    // problem shown now could sit over the status of the session that replaced it.
    if (!link.open) return;
    link.close();
    void this.parts.status
      .publish({
        problem: `Could not start working with ${peer.device} (${reasonOf(error)}). The connection was closed; it is tried again when the phone reconnects.`,
      })
      .catch(() => undefined); // Logged just above: a store too broken for this cannot show it either.
  }
}
