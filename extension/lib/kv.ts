import type { DeviceKey } from '@core/auth/device-key';
import type { PhoneSim } from '@core/protocol/frames';
import type { ConnectProblem } from '@web/ice-watch';
import { db } from './extension-db';

/** Small typed values the link publishes and the popup reads (live). */
export interface KvValues {
  identity: { peerId: string; token: string; keyFingerprint: string };
  /** This computer's signing key; the private part cannot be exported, even by us. */
  deviceKey: DeviceKey;
  /** The one-time secret in the QR code on show: single use, short-lived. */
  pairingOffer: { secret: string; expiresAt: number };
  /** The typed code on show, from the signaling server: single use, short-lived. */
  codeOffer: { code: string; expiresAt: number };
  /** A phone that used the typed code, waiting for the person to compare six digits. */
  sasCheck: { sas: string; phoneName: string };
  /** Phones whose keys this computer has pinned. */
  phones: PairedPhone[];
  link: LinkStatus;
  /** The signaling server the person chose on the options page; unset means the build's. */
  signalingUrl: string;
  /** What a context-menu click opens compose with: the text, or a number for "To". */
  draft: { body: string; to?: string; at: number };
  /** How many days of texts this computer keeps (options page); unset keeps them all. */
  keepTextsDays: number;
  /** False: notifications say who wrote, not what (shared screens); unset shows the text. */
  notificationText: boolean;
  /** The SIMs the phone last said it can send with (phone/sims): compose offers them when 2+. */
  phoneSims: { sims: PhoneSim[]; at: number };
}

export interface PairedPhone {
  fingerprint: string;
  name: string;
  pairedAt: number;
  /** When a session with it last began or ended; unset until the first one after pairing. */
  lastContactAt?: number;
}

export interface LinkStatus {
  signaling: 'connecting' | 'online' | 'offline';
  phone: 'connected' | 'away' | 'never-paired';
  phoneName?: string;
  peerId?: string;
  problem?: string;
  /** The phone dialled, but no path came up in time, and the likelier why (web/ice-watch.ts). */
  unreachable?: ConnectProblem;
  updatedAt: number;
}

export async function readKv<K extends keyof KvValues>(key: K): Promise<KvValues[K] | undefined> {
  return (await db.kv.get(key))?.value as KvValues[K] | undefined;
}

export async function writeKv<K extends keyof KvValues>(key: K, value: KvValues[K]): Promise<void> {
  await db.kv.put({ key, value });
}

export async function deleteKv(key: keyof KvValues): Promise<void> {
  await db.kv.delete(key);
}
