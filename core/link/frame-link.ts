import { uuidv7 } from 'uuidv7';
import { type ErrorCode, type Frame, type HelloFrame, PROTOCOL_VERSION } from '../protocol/frames';
import { parseFrame } from '../protocol/parse-frame';

/** The part of a PeerJS DataConnection the link needs; tests pass a pair of in-memory ends. */
export interface FrameChannel {
  send(data: unknown): void;
  close(): void;
  onData(listener: (data: unknown) => void): void;
  onClose(listener: () => void): void;
}

export interface FrameLinkOptions {
  role: HelloFrame['role'];
  device: string;
  pingEveryMs?: number;
  deadAfterMs?: number;
  now?: () => number;
}

type Outgoing = Frame extends infer F
  ? F extends Frame
    ? Omit<F, 'v' | 'id'> & { id?: string }
    : never
  : never;

export interface FrameLinkEvents {
  hello(frame: HelloFrame): void;
  frame(frame: Frame): void;
  /** The other side refused one of our frames, or sent us one we refused. */
  problem(code: ErrorCode, message: string, ref?: string): void;
  closed(reason: 'closed' | 'dead'): void;
}

/**
 * One validated, liveness-checked conversation over a data channel. PeerJS `close` events are
 * unreliable, so an app-level ping decides when the other side is gone.
 */
export class FrameLink {
  private lastHeard: number;
  private timer: ReturnType<typeof setInterval>;
  private ended = false;
  private listeners: Partial<{ [K in keyof FrameLinkEvents]: FrameLinkEvents[K][] }> = {};
  private readonly now: () => number;
  private readonly deadAfterMs: number;

  constructor(
    private readonly channel: FrameChannel,
    options: FrameLinkOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.deadAfterMs = options.deadAfterMs ?? 15_000;
    this.lastHeard = this.now();
    channel.onData((data) => this.receive(data));
    channel.onClose(() => this.end('closed'));
    this.timer = setInterval(() => this.tick(), options.pingEveryMs ?? 5_000);
    this.send({ type: 'link/hello', role: options.role, device: options.device });
  }

  get open(): boolean {
    return !this.ended;
  }

  on<K extends keyof FrameLinkEvents>(event: K, listener: FrameLinkEvents[K]): this {
    const list = (this.listeners[event] ?? []) as FrameLinkEvents[K][];
    list.push(listener);
    this.listeners[event] = list as (typeof this.listeners)[K];
    return this;
  }

  send(frame: Outgoing): string {
    const id = frame.id ?? uuidv7();
    if (!this.ended) this.channel.send({ ...frame, v: PROTOCOL_VERSION, id });
    return id;
  }

  close(): void {
    this.end('closed');
  }

  private receive(data: unknown): void {
    if (this.ended) return;
    this.lastHeard = this.now();
    const parsed = parseFrame(data);
    if (!parsed.ok) {
      this.emit('problem', parsed.code, parsed.message, parsed.ref);
      const isErrorFrame =
        typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'error';
      // Never answer an error with an error: two confused peers would loop forever.
      if (!isErrorFrame)
        this.send({ type: 'error', code: parsed.code, message: parsed.message, ref: parsed.ref });
      return;
    }
    const frame = parsed.frame;
    switch (frame.type) {
      case 'link/ping':
        this.send({ type: 'link/pong', ref: frame.id });
        return;
      case 'link/pong':
        return;
      case 'link/hello':
        this.emit('hello', frame);
        return;
      case 'error':
        this.emit('problem', frame.code, frame.message, frame.ref);
        return;
      default:
        this.emit('frame', frame);
    }
  }

  private tick(): void {
    if (this.now() - this.lastHeard > this.deadAfterMs) {
      this.end('dead');
      return;
    }
    this.send({ type: 'link/ping' });
  }

  private end(reason: 'closed' | 'dead'): void {
    if (this.ended) return;
    this.ended = true;
    clearInterval(this.timer);
    try {
      this.channel.close();
    } catch {
      // Already gone: closing is best effort.
    }
    this.emit('closed', reason);
  }

  private emit<K extends keyof FrameLinkEvents>(event: K, ...args: Parameters<FrameLinkEvents[K]>): void {
    for (const listener of this.listeners[event] ?? []) (listener as (...a: unknown[]) => void)(...args);
  }
}
