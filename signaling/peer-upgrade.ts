import type { IncomingMessage, Server } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import { WebSocket, WebSocketServer } from 'ws';
import { clientAddress, limitKey, type TrustedProxies } from './client-address';

/**
 * WebSocket upgrades, straight on `ws` rather than through @hono/node-ws. That helper runs each
 * upgrade through `app.request` and keeps the Hono context, the fetch Request and its Headers, a
 * URL and the IncomingMessage alive in its closures for as long as the socket lives (about half of
 * what an idle peer cost), and wraps every frame in a MessageEvent. Here a peer keeps only the
 * `ws` socket and the events of its connection.
 */

/** What one peer's connection does with its socket; built per upgrade from its address and query. */
export interface SocketEvents {
  onOpen(ws: WebSocket): void;
  /** A text frame as a string; a binary frame as its Buffer (the protocol refuses those). */
  onMessage(data: string | Buffer, ws: WebSocket): void;
  onClose(): void;
}

export interface PeerUpgrade {
  /** Attach to the Node server that serves the app, so WebSocket upgrades reach the peers. */
  injectWebSocket(server: ServerType): void;
  /** Every open peer socket, for shutdown. */
  clients(): Iterable<WebSocket>;
}

/**
 * `ws`'s socket with its connection's events on it, so one set of listeners serves every socket:
 * listeners made per socket were closures kept for the socket's life.
 */
class PeerWebSocket extends WebSocket {
  events: SocketEvents | undefined = undefined;
}

/** `ws` closes the socket itself after an error (oversized frame, bad framing); close cleans up. */
const ignoreError = () => undefined;

export function createPeerUpgrade(init: {
  app: Hono;
  path: string;
  maxFrameBytes: number;
  trustProxy: TrustedProxies | undefined;
  events: (ip: string, query: Record<string, string>) => SocketEvents;
  onError: (error: unknown) => void;
}): PeerUpgrade {
  // No permessage-deflate (ws's server default, said here so it stays): it would cost a zlib
  // context per socket, and PeerJS's few small JSON signals gain nothing from compression.
  // maxPayload: ws closes with 1009 before an oversized frame is ever buffered whole.
  // Sockets are tracked here: ws's own tracking adds a close listener (a closure) per socket.
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: init.maxFrameBytes,
    perMessageDeflate: false,
    clientTracking: false,
    WebSocket: PeerWebSocket,
  });
  const open = new Set<PeerWebSocket>();

  // `this` is the socket (a PeerWebSocket, made by `wss`): EventEmitter calls listeners on their emitter.
  function onMessage(this: WebSocket, data: Buffer, isBinary: boolean): void {
    try {
      (this as PeerWebSocket).events?.onMessage(isBinary ? data : data.toString('utf8'), this);
    } catch (error) {
      init.onError(error);
    }
  }
  function onClose(this: WebSocket): void {
    open.delete(this as PeerWebSocket);
    try {
      (this as PeerWebSocket).events?.onClose();
    } catch (error) {
      init.onError(error);
    }
  }

  const attach = (ws: PeerWebSocket, events: SocketEvents) => {
    open.add(ws);
    ws.events = events;
    ws.on('message', onMessage);
    ws.on('close', onClose);
    ws.on('error', ignoreError);
    try {
      events.onOpen(ws);
    } catch (error) {
      init.onError(error);
    }
  };

  const upgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // Anything but a WebSocket upgrade of the peer path gets the app's answer (404, 426), as before.
    const websocket = request.headers.upgrade?.toLowerCase() === 'websocket';
    if (url.pathname !== init.path || !websocket) return refuse(init.app, url, request, socket);
    const forwarded = request.headers['x-forwarded-for'];
    const address = clientAddress(
      request.socket.remoteAddress ?? 'unknown',
      Array.isArray(forwarded) ? forwarded[0] : forwarded,
      init.trustProxy,
    );
    // The first value of a repeated parameter, as Hono's `c.req.query()` gave it.
    const query: Record<string, string> = {};
    for (const [name, value] of url.searchParams) if (!(name in query)) query[name] = value;
    const events = init.events(limitKey(address), query);
    wss.handleUpgrade(request, socket, head, (ws) => attach(ws as PeerWebSocket, events));
  };

  return {
    injectWebSocket: (server) => (server as Server).on('upgrade', upgrade),
    clients: () => open,
  };
}

/** Any other path answers the upgrade with what the app says of it (a 404 mostly), then closes. */
async function refuse(app: Hono, url: URL, request: IncomingMessage, socket: Duplex): Promise<void> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value) headers.append(name, Array.isArray(value) ? value[0]! : value);
  }
  const response = await app.request(url, { headers }, { incoming: request, outgoing: undefined });
  socket.end(
    `HTTP/1.1 ${response.status} ${STATUS_CODES[response.status] ?? ''}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
  );
}
