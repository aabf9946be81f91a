import { createDeviceKey } from '@core/auth/device-key';
import { FrameLink } from '@core/link/frame-link';
import { dataConnectionChannel } from '@web/data-connection-channel';
import { onFirstOpen } from '@web/first-open';
import Peer, { type DataConnection } from 'peerjs';

const PeerText = { Peer, FrameLink, createDeviceKey, dataConnectionChannel, onFirstOpen };

/** What bench/connect.ts finds in each browser: the real PeerJS client and our real FrameLink. */
export type BenchGlobals = typeof globalThis & {
  PeerText: typeof PeerText;
  side: { peer: Peer; link: (conn: DataConnection) => FrameLink };
};

Object.assign(globalThis, { PeerText });
