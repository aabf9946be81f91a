import { expect, vi } from 'vitest';
import { WebSocket } from 'ws';
import { type RunningSignaling, type StartSignalingOptions, startSignaling } from './start-signaling';

/**
 * Test-only helpers for the start-signaling tests: a server on a free port and raw WebSocket
 * clients of it. Each test file runs `afterEach(stopSignaling)`.
 */

export type Received = { type: string; src?: string; dst?: string; payload?: unknown };

/** A raw WebSocket client that records every message and how it closed. */
export class Client {
  readonly received: Received[] = [];
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly waiters: (() => void)[] = [];
  private readonly ws: WebSocket;

  /** `localAddress` picks another loopback address, so one test can play several hosts. */
  constructor(base: string, query: Record<string, string>, localAddress?: string) {
    const url = new URL('/peerjs', base.replace(/^http/, 'ws'));
    for (const [name, value] of Object.entries({ version: '1.5.5', ...query }))
      url.searchParams.set(name, value);
    this.ws = new WebSocket(url, localAddress ? { localAddress } : {});
    this.ws.on('message', (data) => {
      this.received.push(JSON.parse(String(data)) as Received);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.closed = new Promise((resolve) =>
      this.ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
    );
    // The server may cut a socket that is still writing; that is what some tests check.
    this.ws.on('error', () => {});
  }

  /** Resolves with the `index`-th message (0-based) once it has arrived. */
  async nth(index: number, timeoutMs = 2000): Promise<Received> {
    const end = Date.now() + timeoutMs;
    while (this.received.length <= index) {
      const left = end - Date.now();
      if (left <= 0) throw new Error(`no message #${index}; got ${JSON.stringify(this.received)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, left);
      });
    }
    return this.received[index]!;
  }

  send(message: object | string): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  get open(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  close(): Promise<unknown> {
    this.ws.close();
    return this.closed;
  }
}

let server: RunningSignaling | undefined;
const clients: Client[] = [];

export async function start(options: StartSignalingOptions = {}): Promise<RunningSignaling> {
  server = await startSignaling({ port: 0, ...options });
  return server;
}

export function connect(query: Record<string, string>, localAddress?: string): Client {
  const client = new Client(server!.url, query, localAddress);
  clients.push(client);
  return client;
}

/** Connects with the stock client's query and waits for OPEN. */
export async function peer(id: string, token = `token-${id}`, localAddress?: string): Promise<Client> {
  const client = connect({ key: 'peerjs', id, token }, localAddress);
  expect(await client.nth(0)).toEqual({ type: 'OPEN' });
  return client;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Closes every client and the server a test started. */
export async function stopSignaling(): Promise<void> {
  vi.restoreAllMocks();
  for (const client of clients.splice(0)) client.close();
  await server?.close();
  server = undefined;
}
