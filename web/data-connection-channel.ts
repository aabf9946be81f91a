import type { FrameChannel } from '@core/session/secure-session';
import type { DataConnection } from 'peerjs';

/** Lets the shared SecureSession speak over a PeerJS DataConnection. */
export function dataConnectionChannel(conn: DataConnection): FrameChannel {
  return {
    send: (data) => void conn.send(data),
    // Flushed, so a refusal's error frame reaches the other side before the channel goes.
    close: () => conn.close({ flush: true }),
    onData: (listener) => conn.on('data', listener),
    onClose: (listener) => {
      conn.on('close', listener);
      conn.on('error', listener);
    },
    sdp: () => ({
      local: conn.peerConnection?.localDescription?.sdp,
      remote: conn.peerConnection?.remoteDescription?.sdp,
    }),
  };
}
