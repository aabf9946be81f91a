import type { PairingInfo } from '@core/pairing/pairing-link';
import type { ErrorCode, Frame } from '@core/protocol/frames';
import { liveQuery, type Subscription } from 'dexie';
import { detectBridge, onLateNativeBridge } from '../bridge/detect-bridge';
import { NativeSmsBridge } from '../bridge/native-sms-bridge';
import type { BridgeKind, SmsBridge } from '../bridge/sms-bridge';
import { type PairedComputer, PhoneDb, type PhoneIdentity } from '../db/phone-db';
import type { ComputerState } from '../link/computer-connection';
import { phoneIdentity } from '../link/phone-identity';
import { PhoneLink } from '../link/phone-link';
import { SendRequestLedger } from '../sending/send-request-ledger';
import { ContactNames } from '../sync/contact-names';
import { InboxSync } from '../sync/inbox-sync';
import { SyncServer } from '../sync/sync-server';
import { defaultSignalingUrl, lookupPairingCode } from './code-pairing';
import { defaultCountry } from './default-country';

/** Something the person should know: who tried to talk to this phone, or what stopped it working. */
export interface SecurityNotice {
  at: number;
  text: string;
}

const MAX_NOTICES = 5;

export interface BridgeStatus {
  kind: BridgeKind | 'detecting';
  problem?: string;
}

/**
 * Wires the phone together: the bridge, the exactly-once request store and one PeerJS link per
 * signaling server. Stored data is read by the UI from Dexie; this holds only what is live.
 */
export class PhoneService {
  bridge: BridgeStatus = { kind: 'detecting' };
  notices: SecurityNotice[] = [];
  /** Typed-code pairings waiting for the person to compare six digits on both screens. */
  readonly sasChecks = new Map<
    string,
    { sas: string; fingerprint: string; name: string; here: boolean; there: boolean }
  >();
  private readonly earlyConfirms = new Set<string>();
  /** The paired computers as stored, so a handshake can check a key without waiting for IndexedDB. */
  private readonly paired = new Map<string, PairedComputer>();
  private readonly links = new Map<string, PhoneLink>();
  private readonly linkOf = new Map<string, PhoneLink>();
  private readonly states = new Map<string, ComputerState>();
  private readonly listeners = new Set<() => void>();
  private requests: SendRequestLedger | undefined;
  private identity: PhoneIdentity | undefined;
  private booting: Promise<void> | undefined;
  private native: NativeSmsBridge | undefined;
  private sync: SyncServer | undefined;
  private namesWatch: Subscription | undefined;
  private reported = '';

  constructor(readonly db = new PhoneDb()) {}

  /**
   * Boots once; every caller shares the outcome. A failed boot is told to the person here, once: until
   * a reload nothing connects or sends, and the screen must not look as if it did. It is not retried:
   * boot() is not safe to run twice (it subscribes to the bridge).
   */
  start(): Promise<void> {
    this.booting ??= this.boot().catch((error: unknown) => {
      this.failed('Could not start on this phone. Reload the page to try again', error);
      throw error;
    });
    return this.booting;
  }

  /** A code-paired computer is not trusted until both screens confirmed the six digits. */
  computerState(peerId: string): ComputerState | 'checking' {
    const state = this.states.get(peerId) ?? 'connecting';
    return state === 'connected' && this.paired.get(peerId)?.pairCode ? 'checking' : state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once the pairing is stored; connecting goes on in the background. */
  async pair(info: PairingInfo): Promise<void> {
    const computer: PairedComputer = {
      peerId: info.peerId,
      signalingUrl: info.signalingUrl,
      name: info.device.trim() || 'Computer',
      pairedAt: Date.now(),
      keyFingerprint: info.keyFingerprint,
      pairSecret: info.secret,
    };
    await this.db.computers.put(computer);
    this.paired.set(computer.peerId, computer);
    void this.start()
      .then(
        () => {
          // A re-pair may carry a new signaling address; the same one keeps the peer (no id churn).
          if (this.linkOf.get(computer.peerId)?.signalingUrl !== computer.signalingUrl) {
            this.disconnect(computer.peerId);
          }
          this.connect(computer);
        },
        () => undefined, // start() has told the person already
      )
      .catch((error: unknown) => this.failed(`${computer.name}: could not connect`, error));
  }

  /** Typed-code pairing: the code leads to the computer; the SAS check then decides whether to trust it. */
  async pairWithCode(typed: string): Promise<{ ok: true } | { ok: false; error: string }> {
    const signalingUrl = defaultSignalingUrl();
    const found = await lookupPairingCode(signalingUrl, typed);
    if (!found.ok) return found;
    await this.pair({
      signalingUrl,
      peerId: found.peerId,
      device: 'Computer',
      keyFingerprint: '',
      secret: '',
    });
    const computer = { ...this.paired.get(found.peerId)!, pairCode: found.code };
    delete computer.pairSecret;
    this.paired.set(found.peerId, computer);
    await this.db.computers.put(computer);
    return { ok: true };
  }

  /** The person compared the six digits for this computer: `matches` is their answer on the phone. */
  async answerSas(peerId: string, matches: boolean): Promise<void> {
    const check = this.sasChecks.get(peerId);
    if (!check) return;
    if (!matches) {
      this.sasChecks.delete(peerId);
      return this.forget(peerId);
    }
    check.here = true;
    this.linkOf.get(peerId)?.send(peerId, { type: 'auth/confirm' });
    await this.settleSas(peerId);
  }

  private async settleSas(peerId: string): Promise<void> {
    const check = this.sasChecks.get(peerId);
    const known = this.paired.get(peerId);
    if (!check || !known || !check.here || !check.there) return this.changed();
    this.sasChecks.delete(peerId);
    const trusted: PairedComputer = {
      ...known,
      name: check.name.trim() || known.name,
      keyFingerprint: check.fingerprint,
    };
    delete trusted.pairCode;
    this.paired.set(peerId, trusted);
    await this.db.computers.put(trusted);
    this.changed();
  }

  /** Tells a connected computer first, so it forgets this phone too; otherwise it learns on next contact. */
  async forget(peerId: string): Promise<void> {
    this.linkOf.get(peerId)?.send(peerId, { type: 'auth/revoke' });
    await this.db.computers.delete(peerId);
    this.paired.delete(peerId);
    this.disconnect(peerId);
  }

  async handOff(msgId: string): Promise<void> {
    await this.start();
    await this.requests?.handOff(msgId);
  }

  /** The person's answer to a text held for confirmation (costly number, burst of new recipients). */
  async answerHeld(msgId: string, send: boolean): Promise<void> {
    await this.start();
    await (send ? this.requests?.confirmHeld(msgId) : this.requests?.refuseHeld(msgId));
  }

  private async boot(): Promise<void> {
    this.identity = await phoneIdentity(this.db);
    const bridge = await detectBridge();
    this.sync = new SyncServer(
      this.db,
      (peerId, batch) => this.linkOf.get(peerId)?.send(peerId, batch) ?? false,
      (peerId, seq) => void this.db.computers.update(peerId, { syncedSeq: seq, syncedAt: Date.now() }),
    );
    this.requests = new SendRequestLedger(this.db, bridge, {
      reply: (peerId, frame) => this.linkOf.get(peerId)?.send(peerId, frame),
      defaultCountry: defaultCountry(),
    });
    this.setBridge(bridge);
    onLateNativeBridge((late) => {
      this.requests?.useBridge(late);
      this.setBridge(late);
    });
    // Half-finished dispatches are settled before any computer can ask about them.
    await this.requests.recover();
    for (const computer of await this.db.computers.toArray()) {
      this.paired.set(computer.peerId, computer);
      this.connect(computer);
    }
  }

  /** Called only once booted: the identity exists by then. */
  private connect(computer: PairedComputer): void {
    let link = this.links.get(computer.signalingUrl);
    if (!link) {
      link = new PhoneLink(this.identity!, computer.signalingUrl, {
        state: (peerId, state) => this.setState(peerId, state),
        ready: (peerId, peer) => void this.authenticated(peerId, peer.device, peer.fingerprint),
        frame: (peerId, frame) =>
          void this.receive(peerId, frame).catch((error: unknown) => console.error('PeerText: frame', error)),
        refused: (peerId, code, message) => void this.refused(peerId, code, message),
        stranger: () => this.notice('An unknown device tried to connect to this phone. It was refused.'),
        auth: (peerId) => ({
          key: this.identity!.deviceKey,
          authorize: async (peer) => {
            const known = this.paired.get(peerId);
            // A typed code pins nothing yet: the SAS check on both screens decides.
            if (peer.role === 'computer' && (known?.pairCode || peer.fingerprint === known?.keyFingerprint)) {
              return { ok: true };
            }
            return {
              ok: false,
              code: 'auth-failed',
              message: 'This computer’s key is not the one this phone paired with.',
            };
          },
          pairSecret: () => this.paired.get(peerId)?.pairSecret,
          pairCode: () => this.paired.get(peerId)?.pairCode,
        }),
      });
      this.links.set(computer.signalingUrl, link);
    }
    this.linkOf.set(computer.peerId, link);
    link.add(computer.peerId);
  }

  private disconnect(peerId: string): void {
    const link = this.linkOf.get(peerId);
    if (!link) return;
    link.remove(peerId);
    this.linkOf.delete(peerId);
    this.states.delete(peerId);
    void this.reportConnections();
    if (link.size === 0) {
      link.stop();
      this.links.delete(link.signalingUrl);
    }
    this.changed();
  }

  private async receive(peerId: string, frame: Frame): Promise<void> {
    if (this.paired.get(peerId)?.pairCode) {
      // Until the six digits are confirmed on both screens, the computer may only confirm them.
      if (frame.type !== 'auth/confirm') return;
      const check = this.sasChecks.get(peerId);
      if (check) check.there = true;
      else this.earlyConfirms.add(peerId);
      return this.settleSas(peerId);
    }
    if (frame.type === 'sms/send') await this.requests?.receive(peerId, frame);
    if (frame.type === 'sync/pull') await this.sync?.pull(peerId, frame.after);
    if (frame.type === 'auth/revoke') await this.revoked(peerId);
  }

  /** The pairing secret has done its job once the computer has pinned this phone: drop it. */
  private async authenticated(peerId: string, device: string, fingerprint: string): Promise<void> {
    const known = this.paired.get(peerId);
    if (!known) return;
    if (known.pairCode) {
      const sas = await this.linkOf.get(peerId)?.sas(peerId);
      const there = this.earlyConfirms.delete(peerId);
      if (sas) this.sasChecks.set(peerId, { sas, fingerprint, name: device, here: false, there });
      this.changed();
      return;
    }
    const updated: PairedComputer = { ...known, name: device.trim() || known.name };
    delete updated.pairSecret;
    this.paired.set(peerId, updated);
    await this.db.computers.put(updated);
  }

  private async refused(peerId: string, code: ErrorCode, message: string): Promise<void> {
    const name = this.paired.get(peerId)?.name ?? 'A computer';
    // The computer no longer knows this phone: it unpaired it, or the one-time secret was spent.
    if (code === 'not-paired') return this.revoked(peerId, message);
    this.notice(`${name}: connection refused (${message})`);
  }

  private async revoked(peerId: string, why?: string): Promise<void> {
    const name = this.paired.get(peerId)?.name ?? 'A computer';
    this.notice(why ? `${name} refused this phone: ${why}` : `${name} unpaired this phone.`);
    await this.db.computers.delete(peerId);
    this.paired.delete(peerId);
    this.disconnect(peerId);
  }

  private notice(text: string): void {
    console.warn(`PeerText: ${text}`);
    this.show(text);
  }

  /** A failure the person must see on the screen; the log gets the error itself. */
  private failed(text: string, error: unknown): void {
    console.error(`PeerText: ${text}`, error);
    this.show(`${text} (${error instanceof Error ? error.message : String(error)})`);
  }

  private show(text: string): void {
    this.notices = [{ at: Date.now(), text }, ...this.notices].slice(0, MAX_NOTICES);
    this.changed();
  }

  private setBridge(bridge: SmsBridge): void {
    this.bridge = { kind: bridge.kind };
    this.changed();
    if (!(bridge instanceof NativeSmsBridge)) return;
    this.native = bridge;
    // Before anything else is awaited: texts the wrapper kept while no page listened come right away.
    void new InboxSync(this.db, bridge.client, defaultCountry())
      .catchUp().catch((error: unknown) => console.error('PeerText inbox import:', error));
    this.reported = '';
    void this.reportConnections();
    bridge.client.sendMessage('capabilities').then(
      (capabilities) => {
        if (capabilities.canReadContacts) this.lookUpNames(bridge);
        if (capabilities.canSend) return;
        this.bridge = {
          kind: 'native',
          problem: 'PeerText may not send SMS yet: allow SMS in the app’s settings.',
        };
        this.changed();
      },
      (error: unknown) => console.warn('PeerText bridge: capabilities', error),
    );
  }

  /** Names for threads, now and whenever a new thread appears (its address is new to the contacts check). */
  private lookUpNames(bridge: NativeSmsBridge): void {
    const names = new ContactNames(this.db, async (numbers) => {
      const { contacts } = await bridge.client.sendMessage('lookupContacts', { numbers });
      return contacts;
    });
    this.namesWatch?.unsubscribe();
    this.namesWatch = liveQuery(() => this.db.threads.count()).subscribe({
      next: () => void names.refresh().catch((error: unknown) => console.warn('PeerText contacts:', error)),
      error: (error: unknown) => console.warn('PeerText contacts: watching threads failed', error),
    });
  }

  private setState(peerId: string, state: ComputerState): void {
    this.states.set(peerId, state);
    if (state !== 'connected') this.sync?.drop(peerId);
    this.changed();
    void this.reportConnections();
  }

  /** The wrapper's notification names who is connected; it only hears when the set changes. */
  private async reportConnections(): Promise<void> {
    const native = this.native;
    if (!native) return;
    const connected = [...this.states].filter(([, state]) => state === 'connected').map(([peerId]) => peerId);
    const computers = (await this.db.computers.bulkGet(connected))
      .flatMap((computer) => (computer ? [computer.name.trim().slice(0, 64) || 'Computer'] : []))
      .slice(0, 20);
    const key = JSON.stringify(computers);
    if (key === this.reported) return;
    this.reported = key;
    native.client.sendMessage('reportConnections', { computers }).catch((error: unknown) => {
      this.reported = '';
      console.warn('PeerText bridge: reportConnections', error);
    });
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
