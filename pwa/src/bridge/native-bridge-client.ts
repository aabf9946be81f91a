import {
  type BridgeErrorCode,
  type BridgeEvent,
  BridgeInbound,
  type BridgeRequest,
  RESULT_SCHEMAS,
} from '@core/bridge/bridge-contract';
import * as v from 'valibot';

/** The part of a MessagePort the client uses; the DOM's and Node's ports both fit. */
export interface BridgePort {
  postMessage(message: string): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  start(): void;
  close(): void;
}

export type BridgeRequestType = keyof typeof RESULT_SCHEMAS;
export type BridgeResultOf<T extends BridgeRequestType> = v.InferOutput<(typeof RESULT_SCHEMAS)[T]>;
type PayloadOf<T extends BridgeRequestType> = Extract<BridgeRequest, { type: T }>['payload'];

/** `timeout`, `closed` and `bad-result` are this side's own: the native side never sent them. */
export type BridgeFailure = BridgeErrorCode | 'timeout' | 'closed' | 'bad-result';

export class BridgeError extends Error {
  constructor(
    readonly code: BridgeFailure,
    message: string,
  ) {
    super(message);
    this.name = 'BridgeError';
  }
}

interface Pending {
  resolve(result: unknown): void;
  reject(error: BridgeError): void;
  schema: (typeof RESULT_SCHEMAS)[BridgeRequestType];
  timer: ReturnType<typeof setTimeout>;
}

export interface NativeBridgeClientOptions {
  timeoutMs?: number;
  warn?: (message: string, detail?: unknown) => void;
}

/**
 * Typed request/response client of docs/bridge-contract.md, shaped like home-assistant's external
 * messaging: request ids, a pending map with timeouts, events fanned out to subscribers.
 * Nothing from the port is trusted before it passes core's schemas.
 */
export class NativeBridgeClient {
  private nextId = 1;
  // A fresh prefix per page: ids from a previous page's port can never answer this page's requests.
  private readonly idPrefix = Math.random().toString(36).slice(2, 8);
  private readonly pending = new Map<string, Pending>();
  private readonly subscribers = new Set<(event: BridgeEvent) => void>();
  private readonly timeoutMs: number;
  private readonly warn: (message: string, detail?: unknown) => void;
  private closed = false;

  constructor(
    private readonly port: BridgePort,
    options: NativeBridgeClientOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.warn = options.warn ?? ((message, detail) => console.warn(`PeerText bridge: ${message}`, detail));
    port.addEventListener('message', (event) => this.receive(event.data));
    port.start();
  }

  sendMessage<T extends BridgeRequestType>(type: T, payload?: PayloadOf<T>): Promise<BridgeResultOf<T>> {
    if (this.closed) return Promise.reject(new BridgeError('closed', 'The bridge port is closed.'));
    const id = `${this.idPrefix}-${this.nextId++}`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new BridgeError('timeout', `No answer to ${type} within ${this.timeoutMs} ms.`));
      }, this.timeoutMs);
      this.pending.set(id, {
        resolve: resolve as (result: unknown) => void,
        reject,
        schema: RESULT_SCHEMAS[type],
        timer,
      });
      this.port.postMessage(JSON.stringify(payload === undefined ? { id, type } : { id, type, payload }));
    });
  }

  subscribe(listener: (event: BridgeEvent) => void): () => void {
    this.subscribers.add(listener);
    return () => this.subscribers.delete(listener);
  }

  close(): void {
    this.closed = true;
    for (const [id, pending] of this.pending) {
      clearTimeout(pending.timer);
      pending.reject(new BridgeError('closed', 'The bridge port was closed.'));
      this.pending.delete(id);
    }
    this.port.close();
  }

  private receive(data: unknown): void {
    let value: unknown;
    try {
      value = typeof data === 'string' ? JSON.parse(data) : undefined;
    } catch {
      value = undefined;
    }
    const parsed = v.safeParse(BridgeInbound, value);
    if (!parsed.success) {
      this.warn('ignored an invalid message', data);
      return;
    }
    const message = parsed.output;
    if (message.type === 'event') {
      for (const listener of this.subscribers) listener(message);
      return;
    }
    const pending = this.pending.get(message.id);
    if (!pending) {
      this.warn('ignored a result nobody waits for', message.id);
      return;
    }
    this.pending.delete(message.id);
    clearTimeout(pending.timer);
    if (!message.success) {
      pending.reject(new BridgeError(message.error.code, message.error.message));
      return;
    }
    const result = v.safeParse(pending.schema, message.result);
    if (result.success) {
      pending.resolve(result.output);
      return;
    }
    this.warn('result does not match the contract', message.result);
    pending.reject(new BridgeError('bad-result', 'The bridge answered with an invalid result.'));
  }
}
