import { uuidv7 } from 'uuidv7';
import { type ErrorCode, type ErrorFrame, PROTOCOL_VERSION } from '../protocol/frames';
import { HANDSHAKE_WITHIN_MS } from '../protocol/limits';
import { parseFrame } from '../protocol/parse-frame';
import { Handshake } from './handshake';
import { SessionEvents } from './session-events';
import type {
  FrameChannel,
  Outgoing,
  RefusalProof,
  SecureSessionEvents,
  SecureSessionOptions,
} from './session-types';

export type {
  AuthenticatedPeer,
  Authorize,
  FrameChannel,
  RefusalProof,
  SecureSessionEvents,
  SecureSessionOptions,
  SessionProblemCode,
} from './session-types';

/**
 * One authenticated, validated, liveness-checked conversation over a data channel. Nothing but the
 * handshake (handshake.ts) is accepted until both sides have signed this connection's nonces and DTLS
 * fingerprints with their pinned keys. After it, every frame is numbered in its direction. PeerJS
 * `close` events are unreliable, so an app-level ping decides when the other side is gone.
 */
export class SecureSession {
  private lastHeard: number;
  private timer: ReturnType<typeof setInterval>;
  private readonly handshakeTimer: ReturnType<typeof setTimeout>;
  private ended = false;
  private readonly events = new SessionEvents();
  private readonly now: () => number;
  private readonly deadAfterMs: number;
  private readonly handshake: Handshake;
  private sentSeq = 0;
  private heardSeq = 0;
  private inbox: Promise<void> = Promise.resolve();

  constructor(
    private readonly channel: FrameChannel,
    options: SecureSessionOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.deadAfterMs = options.deadAfterMs ?? 15_000;
    this.lastHeard = this.now();
    this.handshake = new Handshake(channel, options, {
      sendRaw: (frame) => void this.sendRaw(frame),
      fail: (code, message, sig) => this.fail(code, message, sig),
      refusedBy: (frame, proof) => this.refusedBy(frame, proof),
      settled: (peer) => {
        if (this.ready) this.emit('ready', peer);
      },
    });
    // Verification is async; a queue keeps frames in the order they arrived.
    channel.onData((data) => {
      this.inbox = this.inbox.then(() => this.receive(data)).catch((e) => this.broke(e));
    });
    // What arrived before the close (often the error saying why) is read first.
    channel.onClose(() => {
      this.inbox = this.inbox.then(() => this.end('closed'));
    });
    this.timer = setInterval(() => this.tick(), options.pingEveryMs ?? 5_000);
    // Counted from the channel's open (this constructor), never restarted: the ping's "heard from
    // lately" is not enough before the handshake, since a repeated hello would keep it fresh forever.
    const within = options.handshakeWithinMs ?? HANDSHAKE_WITHIN_MS;
    this.handshakeTimer = setTimeout(() => {
      if (!this.handshake.done) this.fail('not-authenticated', `No handshake within ${within / 1000} s.`);
    }, within);
    this.sendRaw(this.handshake.hello);
    // A typed-code phone's SAS commitment, right behind its hello (hashing is async).
    void this.handshake.start().catch((e) => this.broke(e));
  }

  get open(): boolean {
    return !this.ended;
  }

  get ready(): boolean {
    return this.handshake.done && !this.ended;
  }

  on<K extends keyof SecureSessionEvents>(event: K, listener: SecureSessionEvents[K]): this {
    this.events.on(event, listener);
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

  /** The six digits both screens show after a typed-code pairing (see short-auth-string.ts). */
  async sas(): Promise<string> {
    if (!this.ready) throw new Error('No authenticated session yet.');
    return this.handshake.sas();
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
    if (!this.ready) return this.handshake.receive(frame);
    // Chromium may deliver the handshake's last frame twice; unnumbered, it would end the session.
    if (frame.seq === undefined && this.handshake.repeats(frame)) return;
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
        return frame.code ? this.end('refused', frame.code, frame.message, 'session') : this.end('closed');
      case 'auth/hello':
      case 'auth/proof':
      case 'sas/commit':
      case 'sas/nonce':
      case 'sas/reveal':
        return this.fail('bad-frame', 'Handshake frame after the handshake.');
      case 'error':
        this.emit('problem', frame.code, frame.message, frame.ref);
        return;
      default:
        this.emit('frame', frame);
    }
  }

  /** The other side refused the handshake, and said why (signed or not: see RefusalProof). */
  private refusedBy(frame: ErrorFrame, proof: RefusalProof): void {
    this.emit('problem', frame.code, frame.message, frame.ref);
    this.end('refused', frame.code, frame.message, proof);
  }

  /**
   * Says why (signed, when the handshake could: refusal-transcript.ts), then closes: the other side can
   * show the person what went wrong.
   */
  private fail(code: ErrorCode, message: string, sig?: string): void {
    if (this.ended) return;
    this.reply({ type: 'error', code, message, ...(sig ? { sig } : {}) });
    this.end('refused', code, message);
  }

  /**
   * The session's own work on a frame threw (listeners cannot get here: emit() catches theirs). During the
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

  private end(
    reason: 'closed' | 'dead' | 'refused',
    code?: ErrorCode,
    message?: string,
    proof: RefusalProof = 'none',
  ): void {
    if (this.ended) return;
    this.ended = true;
    clearInterval(this.timer);
    clearTimeout(this.handshakeTimer);
    if (reason === 'refused' && code) this.emit('refused', code, message ?? '', proof);
    try {
      this.channel.close();
    } catch {
      // Already gone: closing is best effort.
    }
    this.emit('closed', reason);
  }

  /** Through SessionEvents: a listener that throws is reported, never passed to the receive queue. */
  private emit<K extends keyof SecureSessionEvents>(
    event: K,
    ...args: Parameters<SecureSessionEvents[K]>
  ): void {
    this.events.emit(event, ...args);
  }
}
