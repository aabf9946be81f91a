import { type AuthenticatedPeer, FrameLink } from '@core/link/frame-link';
import { dataConnectionChannel } from '@web/data-connection-channel';
import type { DataConnection } from 'peerjs';
import { authorizePhone } from './authorize-phone';
import { deviceName } from './device-name';
import type { OutboxMessage } from './extension-db';
import { readKv } from './kv';
import { LinkStatusPublisher } from './link-status';
import { reasonOf } from './log-failure';
import type { Outbox } from './outbox';
import { OutboxResend } from './outbox-resend';
import { takePairingOffer } from './pairing-offer';
import type { PeerIdentity } from './peer-identity';
import { PhoneFrames } from './phone-frames';
import { isPinned, pin, unpinAll } from './pinned-phones';
import { SignalingPresence } from './signaling-presence';
import type { SyncClient } from './sync-client';
import { TypedCodeCheck } from './typed-code-check';

/**
 * The computer's end of the link: a PeerJS peer the phone connects to, and the outbox pump.
 * Lives in the offscreen document (Chrome) or the background page (Firefox), never in the popup.
 */
export class ComputerLink {
  private phone: FrameLink | undefined;
  private phonePeer: AuthenticatedPeer | undefined;
  private phoneReady = false;
  private readonly check = new TypedCodeCheck();
  private readonly status = new LinkStatusPublisher(this.identity.peerId);
  private readonly resend = new OutboxResend(this.outbox);
  private readonly frames = new PhoneFrames(this.outbox, this.sync, this.status, () => this.phone?.close());
  private readonly presence = new SignalingPresence(this.identity, this.signalingUrl, this.status, (conn) =>
    this.attach(conn),
  );

  constructor(
    private readonly identity: PeerIdentity,
    private readonly signalingUrl: string,
    private readonly outbox: Outbox,
    private readonly sync: SyncClient,
  ) {}

  async start(): Promise<void> {
    const last = await readKv('link');
    await this.status.publish({
      signaling: 'connecting',
      phone: last?.phoneName ? 'away' : 'never-paired',
      phoneName: last?.phoneName,
    });
    this.presence.connect();
  }

  /** A text the popup just stored (its nudge): sent now if the phone is here, else on its next connect. */
  sendStored(message: OutboxMessage): void {
    this.resend.sendNew(message);
  }

  /** Forgets every pinned phone; a connected one is told first, the others learn on next contact. */
  async unpair(): Promise<void> {
    if (this.phone?.ready) this.phone.send({ type: 'auth/revoke' });
    await unpinAll();
    this.phone?.close();
    await this.status.publish({ phone: 'never-paired', phoneName: undefined, problem: undefined });
  }

  /** Resends every unsettled text not yet sent on this session (see outbox-resend.ts). */
  flush(): Promise<void> {
    return this.resend.resendUnsettled();
  }

  /** A new connection replaces the phone's only once it has proven a pinned key: a stranger cannot kick it off. */
  private attach(conn: DataConnection): void {
    const link = new FrameLink(dataConnectionChannel(conn), {
      role: 'computer',
      device: deviceName(),
      key: this.identity.key,
      authorize: authorizePhone,
      takeQrSecret: () => takePairingOffer(),
    });
    link.on('ready', (peer) => {
      void this.onReady(link, peer).catch((error: unknown) => this.couldNotStart(link, peer, error));
    });
    // FrameLink passes on nothing before the phone has proven its key on this connection.
    link.on('frame', (frame) => {
      if (this.check.takeFrame(link, frame)) return;
      if (this.phoneReady && link === this.phone && this.phonePeer) this.frames.receive(frame, this.phonePeer);
    });
    link.on('refused', (code, message) => {
      console.warn(`PeerText: connection refused: ${code}: ${message}`);
      this.status.publishOrLog({ problem: `An unknown device tried to connect and was refused (${message})` });
    });
    link.on('problem', (code, message) => console.warn(`PeerText link: ${code}: ${message}`));
    link.on('closed', () => {
      this.check.closed(link);
      if (link !== this.phone) return;
      this.phone = undefined;
      this.phoneReady = false;
      this.resend.sessionEnded();
      this.sync.stop();
      this.status.publishOrLog({ phone: 'away' });
    });
  }

  /** The person compared the six digits on both screens: `matches` is their answer here. */
  confirmSas(matches: boolean): void {
    this.check.answer(matches);
  }

  /** A pinned phone goes straight to work; one that came with a typed code waits for the SAS check. */
  private async onReady(link: FrameLink, peer: AuthenticatedPeer): Promise<void> {
    if ((await isPinned(peer.fingerprint)) || !peer.pairCode) return this.promote(link, peer);
    await this.check.begin(link, peer, () => this.promote(link, peer));
  }

  private promote(link: FrameLink, peer: AuthenticatedPeer): void {
    if (!link.ready) return;
    const previous = this.phone;
    this.phone = link;
    if (previous !== link) previous?.close();
    this.resend.sessionStarted(link);
    this.phoneReady = true;
    this.phonePeer = peer;
    void pin(peer)
      .then(() => this.status.publish({ phone: 'connected', phoneName: peer.device, problem: undefined }))
      .then(() => this.resend.resendUnsettled())
      .then(() => this.sync.start(peer.fingerprint, (frame) => link.send(frame)))
      .catch((error: unknown) => this.couldNotStart(link, peer, error));
  }

  /**
   * A session whose start failed (an IndexedDB read or write, most likely) must not stay open looking
   * connected and doing nothing: it is logged, shown in the popup, and closed, so that the phone's next
   * connection starts it again from the beginning. (A phone that was pairing and never got pinned is
   * refused on that next connection, and the person pairs again.)
   */
  private couldNotStart(link: FrameLink, peer: AuthenticatedPeer, error: unknown): void {
    console.error(`PeerText: could not start the session with ${peer.device}`, error);
    // Ended meanwhile (the phone left, or a newer connection replaced it): nothing to close, and a
    // problem shown now could sit over the status of the session that replaced it.
    if (!link.open) return;
    link.close();
    void this.status.publish({
      problem: `Could not start working with ${peer.device} (${reasonOf(error)}). The connection was closed; it is tried again when the phone reconnects.`,
    }).catch(() => undefined); // Logged just above: a store too broken for this cannot show it either.
  }
}
