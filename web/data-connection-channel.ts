import type { FrameChannel } from '@core/link/frame-link';
import type { DataConnection } from 'peerjs';

/** Lets the shared FrameLink speak over a PeerJS DataConnection. */
export function dataConnectionChannel(conn: DataConnection): FrameChannel {
  return {
    send: (data) => void conn.send(data),
    close: () => conn.close(),
    onData: (listener) => conn.on('data', listener),
    onClose: (listener) => {
      conn.on('close', listener);
      conn.on('error', listener);
    },
  };
}
