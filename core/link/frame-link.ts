import { uuidv7 } from 'uuidv7';
import { authTranscript } from '../auth/auth-transcript';
import { randomBase64Url } from '../auth/base64url';
import { type DeviceKey, keyFingerprint, signText, verifyText } from '../auth/device-key';
import { dtlsFingerprint } from '../auth/dtls-fingerprint';
import { pairingMac, verifyPairingMac } from '../auth/pairing-mac';
import { shortAuthString } from '../auth/short-auth-string';
import { type ErrorCode, type Frame, type HelloFrame, PROTOCOL_VERSION } from '../protocol/frames';
import { parseFrame } from '../protocol/parse-frame';

/** The part of a PeerJS DataConnection the link needs; tests pass a pair of in-memory ends. */
export interface FrameChannel {
  send(data: unknown): void;
  close(): void;
  onData(listener: (data: unknown) => void): void;
  onClose(listener: () => void): void;
  /** The SDP of this connection as this side negotiated it: where the DTLS fingerprints come from. */
  sdp(): { local: string | undefined; remote: string | undefined };
}

/** The other side, once it has proven it holds the key it claims. */
export interface AuthenticatedPeer {
  role: HelloFrame['role'];
  device: string;
  key: HelloFrame['key'];
  /** SHA-256 of its public key: what gets pinned and shown. */
  fingerprint: string;
  /** It says it read this computer's QR code; the proof frame shows whether it did. */
  viaQr?: true;
  pairCode?: string;
}

/** The app's say on who may talk: pinned key, a QR code on show, or a typed code. */
export type Authorize = (
  peer: AuthenticatedPeer,
) => Promise<{ ok: true } | { ok: false; code: ErrorCode; message: string }>;

export interface FrameLinkOptions {
  role: HelloFrame['role'];
  device: string;
  key: DeviceKey;
  authorize: Authorize;
  /** The phone's first connection proves the QR code's one-time secret (never sent), or carries the typed code. */
  pairSecret?: string;
  pairCode?: string;
  /**
   * Computer: the secret of the QR code on show, taken (spent) when a phone's proof for it arrives;
   * undefined when none is on show. Only called once that phone's signature has verified.
   */
  takeQrSecret?: () => Promise<string | undefined>;
  pingEveryMs?: number;
  deadAfterMs?: number;
  now?: () => number;
}

/** Local only, never sent: the wire's error codes stay those of frames.ts. */
export type LinkProblemCode = ErrorCode | 'listener-failed' | 'internal';

type Outgoing = Frame extends infer F
  ? F extends Frame
    ? Omit<F, 'v' | 'id' | 'seq'> & { id?: string }
    : never
  : never;

export interface FrameLinkEvents {
  /** Both sides proved their keys on this very connection; frames may flow. */
  ready(peer: AuthenticatedPeer): void;
  frame(frame: Frame): void;
  /**
   * The other side refused one of our frames, or sent us one we refused; or, on this side only, one of
   * its listeners threw (`listener-failed`) or handling a frame did (`internal`) after the handshake:
   * bugs here, not a reason to end an authenticated session.
   */
  problem(code: LinkProblemCode, message: string, ref?: string): void;
  /** The handshake failed, on our side or theirs: the connection is closed. */
  refused(code: ErrorCode, message: string): void;
  closed(reason: 'closed' | 'dead' | 'refused'): void;
}

/**
 * One authenticated, validated, liveness-checked conversation over a data channel. Nothing but the
 * handshake is accepted until both sides have signed this connection's nonces and DTLS fingerprints
 * with their pinned keys. PeerJS `close` events are unreliable, so an app-level ping decides when the
 * other side is gone.
 */
export class FrameLink {
  private lastHeard: number;
  private timer: ReturnType<typeof setInterval>;
  private ended = false;
  private listeners: Partial<{ [K in keyof FrameLinkEvents]: FrameLinkEvents[K][] }> = {};
  private readonly now: () => number;
  private readonly deadAfterMs: number;
  private readonly nonce = randomBase64Url(32);
  private peer: AuthenticatedPeer | undefined;
  private peerHello: HelloFrame | undefined;
  private readonly hello: Outgoing;
  /** A proof that overtook the hello it depends on; checked once the hello is in. */
  private earlyProof: Extract<Frame, { type: 'auth/proof' }> | undefined;
  private authorized = false;
  private proven = false;
  private sentSeq = 0;
  private heardSeq = 0;
  private inbox: Promise<void> = Promise.resolve();

  constructor(
    private readonly channel: FrameChannel,
    private readonly options: FrameLinkOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.deadAfterMs = options.deadAfterMs ?? 15_000;
    this.lastHeard = this.now();
    // Verification is async; a queue keeps frames in the order they arrived.
    channel.onData((data) => {
      this.inbox = this.inbox.then(() => this.receive(data)).catch((e) => this.broke(e));
    });
    // What arrived before the close (often the error saying why) is read first.
    channel.onClose(() => {
      this.inbox = this.inbox.then(() => this.end('closed'));
    });
    this.timer = setInterval(() => this.tick(), options.pingEveryMs ?? 5_000);
    this.hello = {
      type: 'auth/hello',
      role: options.role,
      device: options.device,
      nonce: this.nonce,
      key: { alg: options.key.alg, spki: options.key.spki },
      ...(options.pairSecret ? { pair: { qr: true as const } } : {}),
      ...(options.pairCode && !options.pairSecret ? { pair: { code: options.pairCode } } : {}),
    };
    this.sendRaw(this.hello);
  }

  get open(): boolean {
    return !this.ended;
  }

  get ready(): boolean {
    return this.authorized && this.proven && !this.ended;
  }

  on<K extends keyof FrameLinkEvents>(event: K, listener: FrameLinkEvents[K]): this {
    const list = (this.listeners[event] ?? []) as FrameLinkEvents[K][];
    list.push(listener);
    this.listeners[event] = list as (typeof this.listeners)[K];
    return this;
  }

  /** App frames wait for the handshake: sent before it, they would be refused by the other side. */
  send(frame: Outgoing): string | undefined {
    if (!this.ready) return undefined;
    return this.sendRaw(frame, ++this.sentSeq);
  }

  /**
   * Ends the session and says so first, so the other side ends it at once. With a reason, the other
   * side treats it as a refusal (`refused` with that code and message).
   */
  close(reason?: { code: ErrorCode; message: string }): void {
    if (this.ready) this.send({ type: 'link/close', ...reason });
    this.end('closed');
  }

  private sendRaw(frame: Outgoing, seq?: number): string {
    const id = frame.id ?? uuidv7();
    if (!this.ended) this.channel.send({ ...frame, v: PROTOCOL_VERSION, id, ...(seq ? { seq } : {}) });
    return id;
  }

  private async receive(data: unknown): Promise<void> {
    if (this.ended) return;
    this.lastHeard = this.now();
    const parsed = parseFrame(data);
    if (!parsed.ok) {
      this.emit('problem', parsed.code, parsed.message, parsed.ref);
      const isErrorFrame =
        typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'error';
      // Never answer an error with an error: two confused peers would loop forever.
      if (isErrorFrame) return this.ready ? undefined : this.end('refused', parsed.code, parsed.message);
      const error = { type: 'error', code: parsed.code, message: parsed.message, ref: parsed.ref } as const;
      // Before the handshake, one bad frame ends the connection; after it, the frame is just refused.
      if (this.ready) this.send(error);
      else {
        this.sendRaw(error);
        this.end('refused', parsed.code, parsed.message);
      }
      return;
    }
    const frame = parsed.frame;
    if (!this.ready) return this.handshake(frame);
    if (frame.seq !== this.heardSeq + 1) {
      const message = `Frame ${frame.seq ?? 'without a number'} out of sequence (expected ${this.heardSeq + 1}).`;
      this.emit('problem', 'out-of-sequence', message, frame.id);
      return this.fail('out-of-sequence', message);
    }
    this.heardSeq = frame.seq;
    switch (frame.type) {
      case 'link/ping':
        this.send({ type: 'link/pong', ref: frame.id });
        return;
      case 'link/pong':
        return;
      case 'link/close':
        return frame.code ? this.end('refused', frame.code, frame.message) : this.end('closed');
      case 'auth/hello':
      case 'auth/proof':
        return this.fail('bad-frame', 'Handshake frame after the handshake.');
      case 'error':
        this.emit('problem', frame.code, frame.message, frame.ref);
        return;
      default:
        this.emit('frame', frame);
    }
  }

  private async handshake(frame: Frame): Promise<void> {
    if (frame.type === 'error') {
      this.emit('problem', frame.code, frame.message, frame.ref);
      return this.end('refused', frame.code, frame.message);
    }
    // Our hello is sent again beside each proof (see below), so the same hello may arrive twice.
    if (frame.type === 'auth/hello' && this.peerHello && sameHello(frame, this.peerHello)) return;
    if (frame.type === 'auth/proof' && !this.peerHello && !this.earlyProof) {
      this.earlyProof = frame;
      return;
    }
    if (frame.type === 'auth/hello' && !this.peer) {
      if (frame.role === this.options.role)
        return this.fail('auth-failed', `Both sides claim to be a ${frame.role}.`);
      const peer: AuthenticatedPeer = {
        role: frame.role,
        device: frame.device,
        key: frame.key,
        fingerprint: await keyFingerprint(frame.key.spki),
        ...(frame.pair && 'qr' in frame.pair ? { viaQr: true as const } : {}),
        ...(frame.pair && 'code' in frame.pair ? { pairCode: frame.pair.code } : {}),
      };
      this.peer = peer;
      this.peerHello = frame;
      const decision = await this.options.authorize(peer);
      if (!decision.ok) return this.fail(decision.code, decision.message);
      const dtls = this.dtls();
      if (typeof dtls === 'string')
        return this.fail('auth-failed', `This connection shows no usable DTLS fingerprints (${dtls}).`);
      const transcript = authTranscript({
        role: this.options.role,
        peerNonce: frame.nonce,
        ownDtls: dtls.local,
        peerDtls: dtls.remote,
      });
      const sig = await signText(this.options.key, transcript);
      const secret = this.options.pairSecret;
      // Measured in Chrome: the answering side's first frame, sent the moment its channel opened,
      // now and then never reaches the caller (about 1 connect in 50). The proof answers a hello, so
      // the other side still needs ours: sending it again costs one small frame and saves the session.
      this.sendRaw(this.hello);
      this.sendRaw({
        type: 'auth/proof',
        sig,
        ...(secret ? { pairMac: await pairingMac(secret, transcript) } : {}),
      });
      this.authorized = true;
      const early = this.earlyProof;
      this.earlyProof = undefined;
      return early ? this.handshake(early) : this.settle();
    }
    if (frame.type === 'auth/proof' && this.peer && this.peerHello && !this.proven) {
      const dtls = this.dtls();
      const transcript =
        typeof dtls === 'string'
          ? undefined
          : authTranscript({
              role: this.peer.role,
              peerNonce: this.nonce,
              ownDtls: dtls.remote,
              peerDtls: dtls.local,
            });
      const valid =
        transcript !== undefined &&
        (await verifyText(this.peer.key.alg, this.peer.key.spki, transcript, frame.sig));
      if (!valid)
        return this.fail('auth-failed', 'The other side could not prove its key on this connection.');
      if (this.peer.viaQr) {
        // Spent by this attempt whatever its outcome: a QR code pairs one phone, once.
        const qrSecret = await this.options.takeQrSecret?.();
        const read =
          qrSecret && frame.pairMac && (await verifyPairingMac(qrSecret, transcript, frame.pairMac));
        if (!read)
          return this.fail(
            'not-paired',
            'This pairing code was already used or has expired. Pair again from the extension.',
          );
      }
      this.proven = true;
      return this.settle();
    }
    this.fail('not-authenticated', `A ${frame.type} frame before the handshake finished.`);
  }

  /** The six digits both screens show after a typed-code pairing (see short-auth-string.ts). */
  async sas(): Promise<string> {
    const dtls = this.dtls();
    const hello = this.peerHello;
    if (!this.ready || typeof dtls === 'string' || !hello) throw new Error('No authenticated session yet.');
    const own = { spki: this.options.key.spki, nonce: this.nonce, dtls: dtls.local };
    const peer = { spki: hello.key.spki, nonce: hello.nonce, dtls: dtls.remote };
    return shortAuthString(
      this.options.role === 'computer' ? { computer: own, phone: peer } : { computer: peer, phone: own },
    );
  }

  private settle(): void {
    if (this.ready && this.peer) this.emit('ready', this.peer);
  }

  /** Both fingerprints, or what is wrong with them (for the log: a closed channel has no SDP left). */
  private dtls(): { local: string; remote: string } | string {
    const sdp = this.channel.sdp();
    const local = dtlsFingerprint(sdp.local);
    const remote = dtlsFingerprint(sdp.remote);
    if (!local) return sdp.local ? 'local SDP has no single SHA-256 fingerprint' : 'no local SDP';
    if (!remote) return sdp.remote ? 'remote SDP has no single SHA-256 fingerprint' : 'no remote SDP';
    return local === remote ? 'both sides show the same fingerprint' : { local, remote };
  }

  /** Says why, then closes: the other side can show the person what went wrong. */
  private fail(code: ErrorCode, message: string): void {
    if (this.ended) return;
    this.reply({ type: 'error', code, message });
    this.end('refused', code, message);
  }

  /**
   * The link's own work on a frame threw (listeners cannot get here: emit() catches theirs). During the
   * handshake that means a key or proof could not be checked, so the connection is refused. Once the
   * session is authenticated, one frame went unhandled: that is reported, and the session stays open
   * (the ping still decides whether the other side is there).
   */
  private broke(e: unknown): void {
    if (!this.ready) {
      this.fail('auth-failed', String(e));
      return;
    }
    console.error('PeerText link: handling a frame failed', e);
    this.emit('problem', 'internal', `Handling a frame failed: ${String(e)}`);
  }

  private reply(frame: Outgoing): void {
    if (this.ready) this.send(frame);
    else this.sendRaw(frame);
  }

  private tick(): void {
    if (this.now() - this.lastHeard > this.deadAfterMs) {
      this.end('dead');
      return;
    }
    if (this.ready) this.send({ type: 'link/ping' });
  }

  private end(reason: 'closed' | 'dead' | 'refused', code?: ErrorCode, message?: string): void {
    if (this.ended) return;
    this.ended = true;
    clearInterval(this.timer);
    if (reason === 'refused' && code) this.emit('refused', code, message ?? '');
    try {
      this.channel.close();
    } catch {
      // Already gone: closing is best effort.
    }
    this.emit('closed', reason);
  }

  /**
   * Each listener on its own: one that throws is reported and the others still run. Its exception must
   * not reach receive()'s queue, where it would pass for a failed handshake and end the session.
   */
  private emit<K extends keyof FrameLinkEvents>(event: K, ...args: Parameters<FrameLinkEvents[K]>): void {
    for (const listener of this.listeners[event] ?? []) {
      try {
        (listener as (...a: unknown[]) => void)(...args);
      } catch (e) {
        console.error(`PeerText link: a '${event}' listener threw`, e);
        // A throwing 'problem' listener is only logged: reporting it as a problem could loop.
        if (event !== 'problem')
          this.emit('problem', 'listener-failed', `A '${event}' listener threw: ${String(e)}`);
      }
    }
  }
}

function sameHello(a: HelloFrame, b: HelloFrame): boolean {
  return a.nonce === b.nonce && a.key.spki === b.key.spki && a.role === b.role;
}
