import type { WebSocket } from 'ws';
import type { PeerSocket } from './realm';

/** The realm's view of a `ws` socket. */
export function toPeerSocket(ws: WebSocket): PeerSocket {
  return {
    send: (data) => ws.send(data),
    close: (code, reason) => ws.close(code, reason),
    terminate: () => ws.terminate(),
  };
}
