import { createDeviceKey } from '@core/auth/device-key';
import { SecureSession } from '@core/session/secure-session';
import { dataConnectionChannel } from '@web/data-connection-channel';
import { onFirstOpen } from '@web/first-open';
import Peer, { type DataConnection } from 'peerjs';

const PeerText = { Peer, SecureSession, createDeviceKey, dataConnectionChannel, onFirstOpen };

/** What bench/connect.ts finds in each browser: the real PeerJS client and our real SecureSession. */
export type BenchGlobals = typeof globalThis & {
  PeerText: typeof PeerText;
  side: { peer: Peer; link: (conn: DataConnection) => SecureSession };
};

Object.assign(globalThis, { PeerText });
