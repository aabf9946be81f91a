import { authTranscript } from '../auth/auth-transcript';
import { randomBase64Url } from '../auth/base64url';
import { keyFingerprint, signText, verifyText } from '../auth/device-key';
import { pairingMac, verifyPairingMac } from '../auth/pairing-mac';
import { shortAuthString } from '../auth/short-auth-string';
import {
  type ErrorCode,
  type ErrorFrame,
  type Frame,
  type HelloFrame,
  type ProofFrame,
  SAS_VERSION,
} from '../protocol/frames';
import { channelFingerprints } from './channel-fingerprints';
import { refusalSigned, signRefusal } from './refusal';
import { isSasFrame, SasExchange } from './sas-exchange';
import type {
  AuthenticatedPeer,
  FrameChannel,
  Outgoing,
  RefusalProof,
  SecureSessionOptions,
} from './session-types';

/** What the handshake needs of its SecureSession: unnumbered frames out, and the three ways it ends. */
export interface HandshakeSide {
  /** Sends a frame before the session: not numbered. */
  sendRaw(frame: Outgoing): void;
  /** Refuses the other side: says why (signed, when `sig` is given), then closes. */
  fail(code: ErrorCode, message: string, sig?: string): void;
  /** The other side refused us with this error frame; `proof` says whether it is provably theirs. */
  refusedBy(frame: ErrorFrame, proof: RefusalProof): void;
  /** This side is done too: the session may start (if it is still open). */
  settled(peer: AuthenticatedPeer): void;
}

/**
 * Both sides' proof of their pinned keys on this very connection: a hello each (who I am, and a fresh
 * nonce), then a proof each (a signature over the other side's nonce and both DTLS fingerprints; on
 * a phone's first connection by QR code, also a MAC keyed with the QR secret). A typed-code pairing
 * also exchanges the SAS values, commit before reveal (sas-exchange.ts). Frames come in one at a time,
 * in the order they arrived.
 */
export class Handshake {
  readonly hello: Outgoing;
  private readonly nonce = randomBase64Url(32);
  private peer: AuthenticatedPeer | undefined;
  private peerHello: HelloFrame | undefined;
  /** A proof that overtook the hello it depends on; checked once the hello is in. */
  private earlyProof: ProofFrame | undefined;
  private authorized = false;
  private proven = false;
  /** The computer's always (it learns only from the hello whether the phone typed a code); a typed-code phone's. */
  private readonly sasExchange: SasExchange | undefined;

  constructor(
    private readonly channel: FrameChannel,
    private readonly options: SecureSessionOptions,
    private readonly side: HandshakeSide,
  ) {
    this.hello = {
      type: 'auth/hello',
      role: options.role,
      device: options.device,
      nonce: this.nonce,
      key: { alg: options.key.alg, spki: options.key.spki },
      ...(options.accepts ? { accepts: options.accepts } : {}),
      ...(options.pairSecret ? { pair: { qr: true as const } } : {}),
      ...(options.pairCode && !options.pairSecret
        ? { pair: { code: options.pairCode, sas: SAS_VERSION } }
        : {}),
    };
    const typedPhone = options.role === 'phone' && options.pairCode && !options.pairSecret;
    this.sasExchange =
      options.role === 'computer' || typedPhone
        ? new SasExchange(options.role, channel, {
            sendRaw: (frame) => side.sendRaw(frame),
            fail: (code, message) => side.fail(code, message),
            progressed: () => this.settle(),
          })
        : undefined;
  }

  /**
   * Phone, typed code: its commitment goes right after its hello, before anything of the computer's can
   * have been read. Its own step, after the constructor: hashing is async.
   */
  async start(): Promise<void> {
    if (this.options.role === 'phone') await this.sasExchange?.commit(this.options.key.spki);
  }

  /** We proved our key and they proved theirs; after a typed code, both SAS values are in too. */
  get done(): boolean {
    return this.authorized && this.proven && (!this.sasNeeded || this.sasExchange?.complete === true);
  }

  /** A SAS frame this side already took, again (see SasExchange.repeats). */
  repeats(frame: Frame): boolean {
    return isSasFrame(frame) && this.sasExchange?.repeats(frame) === true;
  }

  private get sasNeeded(): boolean {
    return this.options.role === 'phone' ? this.sasExchange !== undefined : this.peer?.pairCode !== undefined;
  }

  async receive(frame: Frame): Promise<void> {
    if (frame.type === 'error') return this.refusedBy(frame);
    if (isSasFrame(frame)) {
      if (!this.sasExchange)
        return this.side.fail('not-authenticated', `A ${frame.type} frame without a typed code.`);
      return this.sasExchange.receive(frame);
    }
    // Our hello is sent again beside each proof (see below), so the same hello may arrive twice.
    if (frame.type === 'auth/hello' && this.peerHello && sameHello(frame, this.peerHello)) return;
    if (frame.type === 'auth/proof' && !this.peerHello && !this.earlyProof) {
      this.earlyProof = frame;
      return;
    }
    if (frame.type === 'auth/hello' && !this.peer) return this.answerHello(frame);
    if (frame.type === 'auth/proof' && this.peer && this.peerHello && !this.proven)
      return this.checkProof(this.peer, frame);
    this.side.fail('not-authenticated', `A ${frame.type} frame before the handshake finished.`);
  }

  /** The six digits both screens show after a typed-code pairing (see short-auth-string.ts). */
  async sas(): Promise<string> {
    const dtls = channelFingerprints(this.channel);
    const hello = this.peerHello;
    if (!this.done || typeof dtls === 'string' || !hello) throw new Error('No authenticated session yet.');
    // After a typed code, the committed values. Nothing shows digits after a QR code or a pinned
    // reconnect; those still get some, from the hello nonces.
    const values = this.sasExchange?.values ?? { own: this.nonce, theirs: hello.nonce };
    const own = { spki: this.options.key.spki, nonce: values.own, dtls: dtls.local };
    const peer = { spki: hello.key.spki, nonce: values.theirs, dtls: dtls.remote };
    return shortAuthString(
      this.options.role === 'computer' ? { computer: own, phone: peer } : { computer: peer, phone: own },
    );
  }

  /** Their hello: the app decides whether they may talk, then our proof answers their nonce. */
  private async answerHello(frame: HelloFrame): Promise<void> {
    if (frame.role === this.options.role)
      return this.side.fail('auth-failed', `Both sides claim to be a ${frame.role}.`);
    // Before authorize, which spends the typed code: an older phone's digits could be ground (SAS v1).
    if (frame.pair && 'code' in frame.pair && frame.pair.sas !== SAS_VERSION)
      return this.side.fail(
        'auth-failed',
        'This phone app pairs by typed code without the SAS commitment (SAS v1). Update it and pair again.',
      );
    const peer: AuthenticatedPeer = {
      role: frame.role,
      device: frame.device,
      key: frame.key,
      fingerprint: await keyFingerprint(frame.key.spki),
      ...(frame.pair && 'qr' in frame.pair ? { viaQr: true as const } : {}),
      ...(frame.pair && 'code' in frame.pair ? { pairCode: frame.pair.code } : {}),
      ...(frame.accepts ? { accepts: frame.accepts } : {}),
    };
    this.peer = peer;
    this.peerHello = frame;
    const decision = await this.options.authorize(peer);
    if (!decision.ok) return this.refuse(decision.code, decision.message);
    const dtls = channelFingerprints(this.channel);
    if (typeof dtls === 'string')
      return this.side.fail('auth-failed', `This connection shows no usable DTLS fingerprints (${dtls}).`);
    const transcript = authTranscript({
      role: this.options.role,
      peerNonce: frame.nonce,
      ownDtls: dtls.local,
      peerDtls: dtls.remote,
    });
    const sig = await signText(this.options.key, transcript);
    const qrSecret = this.options.pairSecret;
    // Measured in Chrome: the answering side's first frame, sent the moment its channel opened,
    // now and then never reaches the caller (about 1 connect in 50). The proof answers a hello, so
    // the other side still needs ours: sending it again costs one small frame and saves the session.
    this.side.sendRaw(this.hello);
    this.side.sendRaw({
      type: 'auth/proof',
      sig,
      ...(qrSecret ? { pairMac: await pairingMac(qrSecret, transcript) } : {}),
    });
    if (this.options.role === 'phone') this.sasExchange?.resendCommit();
    else if (peer.pairCode) this.sasExchange?.phoneIsTyped(frame.key.spki);
    this.authorized = true;
    const early = this.earlyProof;
    this.earlyProof = undefined;
    return early ? this.receive(early) : this.settle();
  }

  /** Their proof: a signature over our nonce and this connection, and the QR secret if they claim it. */
  private async checkProof(peer: AuthenticatedPeer, frame: ProofFrame): Promise<void> {
    const dtls = channelFingerprints(this.channel);
    const transcript =
      typeof dtls === 'string'
        ? undefined
        : authTranscript({
            role: peer.role,
            peerNonce: this.nonce,
            ownDtls: dtls.remote,
            peerDtls: dtls.local,
          });
    const valid =
      transcript !== undefined && (await verifyText(peer.key.alg, peer.key.spki, transcript, frame.sig));
    if (!valid)
      return this.side.fail('auth-failed', 'The other side could not prove its key on this connection.');
    if (peer.viaQr) {
      // Spent by this attempt whatever its outcome: a QR code pairs one phone, once.
      const qrSecret = await this.options.takeQrSecret?.();
      const read = qrSecret && frame.pairMac && (await verifyPairingMac(qrSecret, transcript, frame.pairMac));
      if (!read)
        return this.refuse(
          'not-paired',
          'This QR code was already used or has expired. Pair again from the extension.',
        );
    }
    this.proven = true;
    return this.settle();
  }

  private settle(): void {
    if (this.done && this.peer) this.side.settled(this.peer);
  }

  /**
   * Refuses them, signed over their nonce and this connection (refusal.ts), with our hello again before
   * it: a first hello that was lost would leave them no key to check the signature with.
   */
  private async refuse(code: ErrorCode, message: string): Promise<void> {
    const { key, role } = this.options;
    const sig = await signRefusal(key, role, this.channel, this.peerHello?.nonce, { code, message });
    if (sig) this.side.sendRaw(this.hello);
    this.side.fail(code, message, sig);
  }

  /** Their refusal is provably theirs only if signed by the key we authorized, over our nonce. */
  private async refusedBy(frame: ErrorFrame): Promise<void> {
    const peer = this.peer;
    const signed =
      peer !== undefined &&
      this.authorized &&
      (await refusalSigned(frame, { ...peer.key, role: peer.role }, this.channel, this.nonce));
    this.side.refusedBy(frame, signed ? 'signature' : 'none');
  }
}

function sameHello(a: HelloFrame, b: HelloFrame): boolean {
  return a.nonce === b.nonce && a.key.spki === b.key.spki && a.role === b.role;
}
