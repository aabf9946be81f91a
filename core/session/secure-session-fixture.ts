import { createDeviceKey, type DeviceKey } from '../auth/device-key';
import type { Frame } from '../protocol/frames';
import type { Authorize, FrameChannel, SecureSession, SecureSessionOptions } from './secure-session';

/**
 * For SecureSession's tests only: two in-memory channel ends, keys, options and a record of what a session
 * said. Written for core's globals (no DOM, no Node), since core's build reads this file too.
 */

const fp = (byte: string) => `a=fingerprint:sha-256 ${Array(32).fill(byte).join(':')}`;
export const SDP_A = `v=0\r\n${fp('AA')}\r\n`;
export const SDP_B = `v=0\r\n${fp('BB')}\r\n`;
export const SDP_EVIL = `v=0\r\n${fp('EE')}\r\n`;

export type End = FrameChannel & { sent: unknown[]; inject(data: unknown): void; closed: boolean };

/** Every page, worker and Node since 17 has it; core's own globals do not declare it. */
const clone = <T>(value: T): T =>
  (globalThis as unknown as { structuredClone<U>(v: U): U }).structuredClone(value);

let lastTraffic = 0;

/** Two in-memory ends; each sees its own SDP as local and the other's as remote, unless told otherwise. */
export function channelPair(remoteSeenByB = SDP_A, { closeReachesOther = true } = {}): [End, End] {
  const make = (local: string, remote: string) => {
    const data: ((d: unknown) => void)[] = [];
    const close: (() => void)[] = [];
    // Like an open data channel: what arrives before anyone listens waits for the first listener.
    const waiting: unknown[] = [];
    const end = {
      sent: [] as unknown[],
      closed: false,
      other: undefined as unknown as {
        data: ((d: unknown) => void)[];
        close: (() => void)[];
        waiting: unknown[];
      },
      data,
      closeListeners: close,
      send(d: unknown) {
        lastTraffic = Date.now();
        end.sent.push(d);
        if (end.closed) return;
        if (end.other.data.length === 0) end.other.waiting.push(clone(d));
        for (const l of end.other.data) l(clone(d));
      },
      close() {
        if (end.closed) return;
        end.closed = true;
        // PeerJS in Chrome does not always tell the other side: `closeReachesOther: false`.
        for (const l of [...close, ...(closeReachesOther ? end.other.close : [])]) l();
      },
      inject: (d: unknown) => {
        for (const l of data) l(d);
      },
      waiting,
      onData: (l: (d: unknown) => void) => {
        data.push(l);
        for (const d of waiting.splice(0)) l(d);
      },
      onClose: (l: () => void) => close.push(l),
      sdp: () => ({ local, remote }),
    };
    return end;
  };
  const a = make(SDP_A, SDP_B);
  const b = make(SDP_B, remoteSeenByB);
  a.other = { data: b.data, close: b.closeListeners, waiting: b.waiting };
  b.other = { data: a.data, close: a.closeListeners, waiting: a.waiting };
  return [a, b];
}

/**
 * Until the channel pair has been quiet for a while: signing and verifying take longer on a busy
 * machine, and a fixed pause made these tests flaky there.
 */
export async function settled(quietMs = 60, atMostMs = 1_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - Math.max(lastTraffic, start) < quietMs && Date.now() - start < atMostMs) {
    await pause(10);
  }
}

export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(() => resolve(), ms));
}

export function watch(session: SecureSession) {
  const seen = {
    ready: [] as string[],
    frames: [] as Frame[],
    refused: [] as string[],
    closed: [] as string[],
  };
  session
    .on('ready', (p) => seen.ready.push(p.device))
    .on('frame', (f) => seen.frames.push(f))
    .on('refused', (code) => seen.refused.push(code))
    .on('closed', (r) => seen.closed.push(r));
  return seen;
}

/** Filled by `createKeys` (in each test file's beforeAll). */
export const keys = {} as { computer: DeviceKey; phone: DeviceKey; stranger: DeviceKey };

export async function createKeys(): Promise<void> {
  [keys.computer, keys.phone, keys.stranger] = await Promise.all([
    createDeviceKey(),
    createDeviceKey(),
    createDeviceKey(),
  ]);
}

export const allow: Authorize = async () => ({ ok: true });

export const computer = (o: Partial<SecureSessionOptions> = {}): SecureSessionOptions => ({
  role: 'computer',
  device: 'Laptop',
  key: keys.computer,
  authorize: allow,
  ...o,
});
export const phone = (o: Partial<SecureSessionOptions> = {}): SecureSessionOptions => ({
  role: 'phone',
  device: 'Pixel',
  key: keys.phone,
  authorize: allow,
  ...o,
});
export const send = { type: 'sms/send', msgId: 'm1', to: '+447911123456', body: 'hi' } as const;
