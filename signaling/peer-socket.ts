import type { WSContext } from 'hono/ws';
import type { WebSocket } from 'ws';
import type { PeerSocket } from './realm';

/** The realm's view of a Hono WebSocket. */
export function toPeerSocket(ws: WSContext<WebSocket>): PeerSocket {
  return {
    send: (data) => ws.send(data),
    close: (code, reason) => ws.close(code, reason),
    terminate: () => (ws.raw ? ws.raw.terminate() : ws.close()),
  };
}
