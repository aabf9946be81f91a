import type { DataConnection } from 'peerjs';

/**
 * Runs `listener` on a DataConnection's first `open` only. Chromium now and then fires a data
 * channel's `open` twice (bench:connect, Chromium 156: about 1 connect in 300, one channel, one
 * `datachannel` event): a second SecureSession on the same channel sent a second hello and the
 * handshake was refused on both sides.
 */
export function onFirstOpen(conn: Pick<DataConnection, 'on'>, listener: () => void): void {
  let opened = false;
  conn.on('open', () => {
    if (opened) return;
    opened = true;
    listener();
  });
}
