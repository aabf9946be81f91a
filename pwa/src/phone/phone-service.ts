import type { PairingInfo } from '@core/pairing/pairing-link';
import type { ErrorCode, Frame } from '@core/protocol/frames';
import type { AuthenticatedPeer, RefusalProof } from '@core/session/secure-session';
import type { SasGate } from '@web/sas-gate';
import { type PairedComputer, PhoneDb } from '../db/phone-db';
import { t } from '../i18n/translate';
import type { ComputerState } from '../link/computer-connection';
import type { RunningPhone } from './boot';
import { pairedFromCode } from './code-pairing';
import { removeComputerRequests } from './computer-requests';
import type { ConnectedComputersEvents } from './connected-computers';
import { Notices, type SecurityNotice } from './notices';
import { PairedComputers } from './paired-computers';
import { type BridgeStatus, PhoneBridge } from './phone-bridge';
import { PhoneSims } from './phone-sims';
import { pairedFromQr } from './qr-pairing';
import { believesUnpairing } from './refusal-belief';
import { SasChecks } from './sas-checks';

/**
 * The phone as the screen sees it: it boots the parts (boot.ts), pairs, and answers what the
 * connected computers say. Stored data is read by the UI from Dexie; this holds only what is live.
 */
export class PhoneService {
  private readonly listeners = new Set<() => void>();
  private readonly paired: PairedComputers;
  private readonly told = new Notices(() => this.changed());
  private readonly bridgeStatus: PhoneBridge;
  private readonly sas: SasChecks;
  private readonly sims = new PhoneSims(
    (peerId, frame) => this.running?.computers.send(peerId, frame),
    () => this.running?.computers.connected() ?? [],
  );
  private running: RunningPhone | undefined;
  private booting: Promise<void> | undefined;

  constructor(readonly db = new PhoneDb()) {
    this.paired = new PairedComputers(db);
    this.bridgeStatus = new PhoneBridge(
      db,
      () => this.changed(),
      () => this.running?.computers.connected() ?? [],
      this.sims,
    );
    // A SIM swapped or the default changed in Android's settings: seen when the person comes back.
    globalThis.document?.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void this.sims.refresh();
    });
    this.sas = new SasChecks(
      this.paired,
      () => this.changed(),
      (peerId) => this.forget(peerId),
      // What a QR-paired computer hears right after its handshake, it hears once trusted.
      (peerId, peer) => this.sims.computerReady(peerId, peer.accepts),
    );
  }

  get bridge(): BridgeStatus {
    return this.bridgeStatus.status;
  }

  get notices(): readonly SecurityNotice[] {
    return this.told.list;
  }

  dismissNotice(text: string): void {
    this.told.dismiss(text);
  }

  /** Typed-code pairings waiting for the person to compare six digits on both screens. */
  get sasChecks(): ReadonlyMap<string, SasGate> {
    return this.sas.checks;
  }

  /**
   * Boots once; every caller shares the outcome. A failed boot is told to the person here, once: until
   * a reload nothing connects or sends, and the screen must not look as if it did. It is not retried:
   * boot is not safe to run twice (it subscribes to the bridge).
   */
  start(): Promise<void> {
    this.booting ??= this.boot().catch((error: unknown) => {
      this.told.failed(t('notice.startFailed'), error);
      throw error;
    });
    return this.booting;
  }

  /** A code-paired computer is not trusted until both screens confirmed the six digits. */
  computerState(peerId: string): ComputerState | 'checking' {
    const state = this.running?.computers.state(peerId) ?? 'connecting';
    return state === 'connected' && this.paired.get(peerId)?.pairCode ? 'checking' : state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once the pairing is stored; connecting goes on in the background. */
  pair(info: PairingInfo): Promise<void> {
    return this.add(pairedFromQr(info));
  }

  /** Typed-code pairing: the code leads to the computer; the SAS check then decides whether to trust it. */
  async pairWithCode(typed: string): Promise<{ ok: true } | { ok: false; error: string }> {
    const found = await pairedFromCode(typed);
    if (!found.ok) return found;
    // The server answers the code, so it could name a computer already paired: never replace
    // that pairing (and its pinned key) on the server's word.
    const known = this.paired.get(found.computer.peerId);
    if (known) return { ok: false, error: t('code.alreadyPaired', { name: known.name }) };
    await this.add(found.computer);
    return { ok: true };
  }

  /** The person compared the six digits for this computer: `matches` is their answer on the phone. */
  answerSas(peerId: string, matches: boolean): Promise<void> {
    return this.sas.answer(peerId, matches);
  }

  /**
   * Tells a connected computer first, so it forgets this phone too; otherwise it learns on next
   * contact. With `removeRequests`, its send requests leave this phone too (computer-requests.ts).
   */
  async forget(peerId: string, removeRequests = false): Promise<void> {
    this.running?.computers.send(peerId, { type: 'auth/revoke' });
    await this.paired.remove(peerId);
    this.running?.computers.disconnect(peerId);
    if (removeRequests) await removeComputerRequests(this.db, peerId);
  }

  async handOff(msgId: string): Promise<void> {
    await this.start();
    await this.running?.requests.handOff(msgId);
  }

  /** The person's answer to a text held for confirmation (costly number, burst of new recipients). */
  async answerHeld(msgId: string, send: boolean): Promise<void> {
    await this.start();
    const requests = this.running?.requests;
    await (send ? requests?.confirmHeld(msgId) : requests?.refuseHeld(msgId));
  }

  private async add(computer: PairedComputer): Promise<void> {
    await this.paired.add(computer);
    void this.start()
      .then(
        () => this.dial(computer),
        () => undefined, // start() has told the person already
      )
      .catch((error: unknown) => this.told.failed(t('notice.connectFailed', { name: computer.name }), error));
  }

  private async boot(): Promise<void> {
    // The link (PeerJS), sending and sync load here, after the first paint: the screen shows stored
    // data meanwhile, and nothing connects or sends before boot has finished anyway.
    const { bootPhone } = await import('./boot');
    this.running = await bootPhone(this.db, this.paired, this.bridgeStatus, this.events);
    for (const computer of await this.paired.load()) await this.dial(computer);
  }

  /** Only a server the person agreed to pair through hears this phone's id there (pairing or boot). */
  private async dial(computer: PairedComputer): Promise<void> {
    if (!this.running) return;
    await this.running.servers.ensure(computer.signalingUrl);
    this.running.computers.connect(computer);
  }

  private readonly events: ConnectedComputersEvents = {
    state: (peerId, state) => {
      if (state !== 'connected') this.running?.sync.drop(peerId);
      this.changed();
      this.bridgeStatus.reportConnections();
    },
    ready: (peerId, peer) =>
      void this.authenticated(peerId, peer).catch((error: unknown) =>
        console.error('PeerText: after the handshake', error),
      ),
    frame: (peerId, frame) =>
      void this.receive(peerId, frame).catch((error: unknown) => console.error('PeerText: frame', error)),
    refused: (peerId, code, message, proof) => void this.refused(peerId, code, message, proof),
    stranger: () => this.told.notice(t('notice.stranger')),
    removed: () => {
      this.bridgeStatus.reportConnections();
      this.changed();
    },
  };

  private async receive(peerId: string, frame: Frame): Promise<void> {
    if (this.paired.get(peerId)?.pairCode) {
      // Until the six digits are confirmed on both screens, the computer may only confirm them.
      if (frame.type === 'auth/confirm') await this.sas.confirmedThere(peerId);
      return;
    }
    if (frame.type === 'sms/send') await this.running?.requests.receive(peerId, frame);
    if (frame.type === 'sync/pull') await this.running?.sync.pull(peerId, frame.after);
    if (frame.type === 'auth/revoke') await this.revoked(peerId);
  }

  /** A QR-paired computer is known for sure now; one that came with a typed code goes to the SAS check. */
  private async authenticated(peerId: string, peer: AuthenticatedPeer): Promise<void> {
    const known = this.paired.get(peerId);
    if (!known || !this.running) return;
    // It proved its key in a session with this phone again: an earlier "unpaired" or "refused" about
    // it is history now.
    this.told.clearAbout(peerId);
    if (known.pairCode) return this.sas.begin(this.running.computers, peerId, peer);
    await this.paired.authenticated(peerId, peer.device);
    this.sims.computerReady(peerId, peer.accepts);
  }

  private async refused(
    peerId: string,
    code: ErrorCode,
    message: string,
    proof: RefusalProof,
  ): Promise<void> {
    // The computer no longer knows this phone (it unpaired it, or the one-time secret was spent), and
    // provably said so itself; anything else ends only this connection, which is dialled again.
    if (believesUnpairing(code, proof, this.paired.get(peerId))) return this.revoked(peerId, message);
    this.told.notice(t('notice.refused', { name: this.paired.nameOf(peerId), message }), peerId);
  }

  private async revoked(peerId: string, why?: string): Promise<void> {
    const name = this.paired.nameOf(peerId);
    this.told.notice(why ? t('notice.refusedPhone', { name, why }) : t('notice.unpaired', { name }), peerId);
    await this.paired.remove(peerId);
    this.running?.computers.disconnect(peerId);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
