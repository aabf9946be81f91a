import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createDeviceKey, type DeviceKey } from '../auth/device-key';
import type { Frame } from '../protocol/frames';
import { type Authorize, type FrameChannel, FrameLink, type FrameLinkOptions } from './frame-link';

const fp = (byte: string) => `a=fingerprint:sha-256 ${Array(32).fill(byte).join(':')}`;
const SDP_A = `v=0\r\n${fp('AA')}\r\n`;
const SDP_B = `v=0\r\n${fp('BB')}\r\n`;
const SDP_EVIL = `v=0\r\n${fp('EE')}\r\n`;

type End = FrameChannel & { sent: unknown[]; inject(data: unknown): void; closed: boolean };

/** Two in-memory ends; each sees its own SDP as local and the other's as remote, unless told otherwise. */
function channelPair(remoteSeenByB = SDP_A, { closeReachesOther = true } = {}): [End, End] {
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
        if (end.other.data.length === 0) end.other.waiting.push(structuredClone(d));
        for (const l of end.other.data) l(structuredClone(d));
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

const allow: Authorize = async () => ({ ok: true });
let lastTraffic = 0;
/**
 * Until the channel pair has been quiet for a while: signing and verifying take longer on a busy
 * machine, and a fixed pause made these tests flaky there.
 */
async function settled(quietMs = 60, atMostMs = 1_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - Math.max(lastTraffic, start) < quietMs && Date.now() - start < atMostMs) {
    await new Promise((r) => setTimeout(r, 10));
  }
}

function watch(link: FrameLink) {
  const seen = {
    ready: [] as string[],
    frames: [] as Frame[],
    refused: [] as string[],
    closed: [] as string[],
  };
  link
    .on('ready', (p) => seen.ready.push(p.device))
    .on('frame', (f) => seen.frames.push(f))
    .on('refused', (code) => seen.refused.push(code))
    .on('closed', (r) => seen.closed.push(r));
  return seen;
}

let computerKey: DeviceKey;
let phoneKey: DeviceKey;
let strangerKey: DeviceKey;
beforeAll(async () => {
  [computerKey, phoneKey, strangerKey] = await Promise.all([
    createDeviceKey(),
    createDeviceKey(),
    createDeviceKey(),
  ]);
});

const computer = (o: Partial<FrameLinkOptions> = {}): FrameLinkOptions => ({
  role: 'computer',
  device: 'Laptop',
  key: computerKey,
  authorize: allow,
  ...o,
});
const phone = (o: Partial<FrameLinkOptions> = {}): FrameLinkOptions => ({
  role: 'phone',
  device: 'Pixel',
  key: phoneKey,
  authorize: allow,
  ...o,
});
const send = { type: 'sms/send', msgId: 'm1', to: '+447911123456', body: 'hi' } as const;

describe('FrameLink handshake', () => {
  it('both sides prove their keys, then numbered frames flow', async () => {
    const [a, b] = channelPair();
    const c = new FrameLink(a, computer());
    const p = new FrameLink(b, phone());
    const cs = watch(c);
    const ps = watch(p);
    await settled();
    expect(cs.ready).toEqual(['Pixel']);
    expect(ps.ready).toEqual(['Laptop']);
    c.send(send);
    c.send({ ...send, msgId: 'm2' });
    await settled();
    expect(ps.frames).toMatchObject([
      { type: 'sms/send', msgId: 'm1', seq: 1 },
      { type: 'sms/send', msgId: 'm2', seq: 2 },
    ]);
  });

  it("survives either side's first hello being lost, as Chrome now and then does", async () => {
    for (const lose of ['computer', 'phone'] as const) {
      const [a, b] = channelPair();
      const end = lose === 'computer' ? a : b;
      const deliver = end.send.bind(end);
      let count = 0;
      end.send = (d) => (++count === 1 ? undefined : deliver(d));
      const cs = watch(new FrameLink(a, computer()));
      const ps = watch(new FrameLink(b, phone()));
      await settled();
      expect([cs.ready, ps.ready, cs.refused, ps.refused]).toEqual([['Pixel'], ['Laptop'], [], []]);
    }
  });

  it('checks a proof that overtook the hello it answers once that hello is in', async () => {
    const [a, b] = channelPair();
    // The computer's first hello is lost; its second one arrives after its proof.
    const deliver = a.send.bind(a);
    const held: unknown[] = [];
    a.send = (d) => {
      const type = (d as { type: string }).type;
      if (type === 'auth/hello') held.push(d);
      else deliver(d);
      if (type === 'auth/proof') for (const h of held.splice(1)) deliver(h);
    };
    const cs = watch(new FrameLink(a, computer()));
    const ps = watch(new FrameLink(b, phone()));
    await settled();
    expect([cs.ready, ps.ready, ps.refused]).toEqual([['Pixel'], ['Laptop'], []]);
  });

  it('QR pairing: the phone proves the secret without sending it, and the proof spends it', async () => {
    const offers = ['s'.repeat(22)];
    const take = async () => offers.shift();
    const [a, b] = channelPair();
    const cs = watch(new FrameLink(a, computer({ takeQrSecret: take })));
    const ps = watch(new FrameLink(b, phone({ pairSecret: 's'.repeat(22) })));
    await settled();
    expect([cs.ready, ps.ready]).toEqual([['Pixel'], ['Laptop']]);
    expect(JSON.stringify(b.sent)).not.toContain('s'.repeat(22));
    // The same QR code a second time: already spent.
    const [a2, b2] = channelPair();
    const again = watch(new FrameLink(a2, computer({ takeQrSecret: take })));
    watch(new FrameLink(b2, phone({ pairSecret: 's'.repeat(22) })));
    await settled();
    expect([again.ready, again.refused]).toEqual([[], ['not-paired']]);
  });

  it('QR pairing: a wrong secret, or a relay that saw a right one on its own leg, is refused', async () => {
    const [a, b] = channelPair();
    const cs = watch(new FrameLink(a, computer({ takeQrSecret: async () => 'r'.repeat(22) })));
    watch(new FrameLink(b, phone({ pairSecret: 'w'.repeat(22) })));
    await settled();
    expect([cs.ready, cs.refused]).toEqual([[], ['not-paired']]);
    // The computer sees other fingerprints than the phone signed and MACed: refused before the secret.
    const [a2, b2] = channelPair(SDP_EVIL);
    let taken = 0;
    const relayed = watch(
      new FrameLink(a2, computer({ takeQrSecret: async () => (++taken, 'r'.repeat(22)) })),
    );
    watch(new FrameLink(b2, phone({ pairSecret: 'r'.repeat(22) })));
    await settled();
    expect(relayed.ready).toEqual([]);
    expect(taken).toBe(0);
  });

  it('refuses a second, different hello', async () => {
    const [a, b] = channelPair();
    const p = new FrameLink(b, phone());
    const ps = watch(p);
    const hello = (nonce: string) => ({
      v: 1,
      id: crypto.randomUUID(),
      type: 'auth/hello',
      role: 'computer',
      device: 'Laptop',
      nonce,
      key: { alg: computerKey.alg, spki: computerKey.spki },
    });
    b.inject(hello('n'.repeat(43)));
    b.inject(hello('m'.repeat(43)));
    await settled();
    expect(ps.refused).toEqual(['not-authenticated']);
    expect(a.closed || b.closed).toBe(true);
  });

  it('shows the same six digits on both sides, and different ones to a relay in the middle', async () => {
    const [a, b] = channelPair();
    const c = new FrameLink(a, computer());
    const p = new FrameLink(b, phone({ pairCode: 'ABCD-EFGH' }));
    const seen: string[] = [];
    c.on('ready', (peer) => seen.push(peer.pairCode ?? 'none'));
    await settled();
    expect(seen).toEqual(['ABCD-EFGH']);
    const sas = await c.sas();
    expect(sas).toMatch(/^\d{3} \d{3}$/);
    expect(await p.sas()).toBe(sas);
    // A signaling server that knows the code runs two sessions, one with each side.
    const [a1, b1] = channelPair();
    const [a2, b2] = channelPair();
    const victimComputer = new FrameLink(a1, computer());
    new FrameLink(b1, phone({ key: strangerKey }));
    new FrameLink(a2, computer({ key: strangerKey }));
    const victimPhone = new FrameLink(b2, phone());
    await settled();
    expect(await victimComputer.sas()).not.toBe(await victimPhone.sas());
  });

  it('refuses any command before the handshake and closes', async () => {
    const [a, b] = channelPair();
    const p = new FrameLink(b, phone());
    const ps = watch(p);
    a.send({ ...send, v: 1, id: 'x1', seq: 1 });
    await settled();
    expect(ps.frames).toEqual([]);
    expect(ps.refused).toEqual(['not-authenticated']);
    expect(p.open).toBe(false);
  });

  it('tells the other side why it was refused (unpaired) and delivers nothing', async () => {
    const [a, b] = channelPair();
    const c = new FrameLink(
      a,
      computer({ authorize: async () => ({ ok: false, code: 'not-paired', message: 'Not paired.' }) }),
    );
    const p = new FrameLink(b, phone());
    const cs = watch(c);
    const ps = watch(p);
    await settled();
    expect(cs.refused).toEqual(['not-paired']);
    expect(ps.refused).toEqual(['not-paired']);
    expect(cs.ready).toEqual([]);
    expect(ps.ready).toEqual([]);
    expect(p.send(send)).toBeUndefined();
  });

  it('fails when the DTLS fingerprints were swapped in the relayed SDP', async () => {
    const [a, b] = channelPair(SDP_EVIL);
    const c = new FrameLink(a, computer());
    const p = new FrameLink(b, phone());
    const cs = watch(c);
    const ps = watch(p);
    await settled();
    expect(cs.ready).toEqual([]);
    expect(ps.ready).toEqual([]);
    expect([...cs.refused, ...ps.refused]).toContain('auth-failed');
  });

  it('refuses a handshake and command replayed from an earlier session', async () => {
    const [a1, b1] = channelPair();
    new FrameLink(a1, computer());
    new FrameLink(b1, phone());
    await settled();
    const recorded = [...a1.sent];
    // The computer's recorded hello, proof and numbered send, played to the phone on a new connection.
    const [, b2] = channelPair();
    const p = new FrameLink(b2, phone());
    const ps = watch(p);
    for (const frame of [...recorded, { ...send, v: 1, id: 'r1', seq: 1 }]) b2.inject(structuredClone(frame));
    await settled();
    expect(ps.ready).toEqual([]);
    expect(ps.frames).toEqual([]);
    expect(ps.refused).toEqual(['auth-failed']);
  });

  it('refuses a proof made with another key than the one announced', async () => {
    const [a, b] = channelPair();
    const p = new FrameLink(b, phone());
    const ps = watch(p);
    // A stranger announces the computer's public key but can only sign with its own.
    new FrameLink(a, computer({ key: { ...strangerKey, spki: computerKey.spki, alg: computerKey.alg } }));
    await settled();
    expect(ps.ready).toEqual([]);
    expect(ps.refused).toEqual(['auth-failed']);
  });

  it('refuses a frame out of sequence after the handshake', async () => {
    const [a, b] = channelPair();
    new FrameLink(a, computer());
    const p = new FrameLink(b, phone());
    const ps = watch(p);
    await settled();
    a.send({ ...send, v: 1, id: 'late', seq: 5 });
    await settled();
    expect(ps.frames).toEqual([]);
    expect(ps.refused).toEqual(['out-of-sequence']);
  });

  it('answers a malformed frame with an error saying why, then closes', async () => {
    const [a, b] = channelPair();
    const p = new FrameLink(b, phone());
    a.send({ v: 9, type: 'sms/send', id: 'x2' });
    await settled();
    expect(b.sent.slice(1)).toMatchObject([{ type: 'error', code: 'unsupported-version', ref: 'x2' }]);
    expect(p.open).toBe(false);
  });

  it('never answers an error with an error', async () => {
    const [a, b] = channelPair();
    const p = new FrameLink(b, phone());
    a.send({ v: 1, type: 'error', id: 'e1', code: 'nonsense' });
    await settled();
    expect(b.sent).toHaveLength(1); // only its hello
    expect(p.open).toBe(false);
  });

  it('after the handshake, refuses a malformed frame but keeps the connection', async () => {
    const [a, b] = channelPair();
    new FrameLink(a, computer());
    const p = new FrameLink(b, phone());
    const ps = watch(p);
    await settled();
    a.send({ v: 1, type: 'sms/send', id: 'x3', seq: 1, to: 5 });
    await settled();
    expect(ps.frames).toEqual([]);
    expect(b.sent.at(-1)).toMatchObject({ type: 'error', code: 'bad-frame', ref: 'x3', seq: 1 });
    expect(p.open).toBe(true);
  });

  it('an app listener that throws is reported, and neither refuses nor closes the session', async () => {
    const [a, b] = channelPair();
    const c = new FrameLink(a, computer());
    const p = new FrameLink(b, phone());
    const cs = watch(c);
    const ps = watch(p);
    const problems: string[] = [];
    p.on('problem', (code) => problems.push(code));
    let throwOnce = true;
    p.on('frame', () => {
      if (!throwOnce) return;
      throwOnce = false;
      throw new Error('app bug');
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let calls: unknown[][];
    try {
      await settled();
      c.send(send);
      c.send({ ...send, msgId: 'm2' });
      await settled();
    } finally {
      calls = [...logged.mock.calls];
      logged.mockRestore();
    }
    expect([ps.refused, cs.refused, ps.closed]).toEqual([[], [], []]);
    expect(problems).toEqual(['listener-failed']);
    expect(calls).toEqual([[expect.stringContaining('PeerText'), expect.any(Error)]]);
    expect([p.ready, c.ready]).toEqual([true, true]);
    // The frame after the one whose listener threw is still delivered, in order.
    expect(ps.frames).toMatchObject([{ msgId: 'm1' }, { msgId: 'm2' }]);
    expect(b.sent.some((f) => (f as { type: string }).type === 'error')).toBe(false);
  });

  it('after the handshake, an exception in its own handling of a frame is reported, not a refusal', async () => {
    const [a, b] = channelPair();
    const c = new FrameLink(a, computer({ pingEveryMs: 20 }));
    const p = new FrameLink(b, phone({ pingEveryMs: 60_000 }));
    const ps = watch(p);
    const problems: string[] = [];
    p.on('problem', (code) => problems.push(code));
    await vi.waitFor(() => expect(c.ready && p.ready).toBe(true));
    // The phone's channel fails to send its answer to the computer's ping.
    const deliver = b.send.bind(b);
    b.send = (d) => {
      if ((d as { type: string }).type === 'link/pong') throw new Error('send failed');
      deliver(d);
    };
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await vi.waitFor(() => expect(problems).toContain('internal'));
    } finally {
      logged.mockRestore();
    }
    expect([ps.refused, ps.closed, p.open]).toEqual([[], [], true]);
    c.close();
  });

  it("a 'ready' listener that throws does not fail the handshake", async () => {
    const [a, b] = channelPair();
    const c = new FrameLink(a, computer());
    const p = new FrameLink(b, phone());
    const cs = watch(c);
    c.on('ready', () => {
      throw new Error('app bug');
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await settled();
    } finally {
      logged.mockRestore();
    }
    expect([cs.ready, cs.refused]).toEqual([['Pixel'], []]);
    expect([c.ready, p.ready]).toEqual([true, true]);
  });

  it('pings once ready, and declares the other side dead when it goes quiet', async () => {
    const [a, b] = channelPair();
    const c = new FrameLink(a, computer({ pingEveryMs: 20, deadAfterMs: 60 }));
    const p = new FrameLink(b, phone({ pingEveryMs: 20, deadAfterMs: 60 }));
    const cs = watch(c);
    await vi.waitFor(() => expect(c.ready && p.ready).toBe(true));
    await new Promise((r) => setTimeout(r, 100));
    expect(c.open).toBe(true);
    expect(a.sent.some((f) => (f as { type: string }).type === 'link/ping')).toBe(true);
    p.close = () => undefined; // the phone vanishes without a word
    b.onData = () => undefined;
    (b as { send: (d: unknown) => void }).send = () => undefined;
    await new Promise((r) => setTimeout(r, 150));
    expect(cs.closed).toEqual(['dead']);
  });
});

describe('FrameLink close', () => {
  it('ends the session on the other side at once, even when the channel never tells it', async () => {
    const [a, b] = channelPair(SDP_A, { closeReachesOther: false });
    const c = new FrameLink(a, computer());
    const ps = watch(new FrameLink(b, phone()));
    await settled();
    expect(ps.ready).toEqual(['Laptop']);
    c.close();
    await settled();
    expect([ps.closed, ps.refused]).toEqual([['closed'], []]);
  });

  it('a close with a reason is a refusal there, with its code and message', async () => {
    const [a, b] = channelPair(SDP_A, { closeReachesOther: false });
    const c = new FrameLink(a, computer());
    const p = new FrameLink(b, phone());
    const said: string[] = [];
    p.on('refused', (code, message) => said.push(`${code}: ${message}`));
    const ps = watch(p);
    await settled();
    c.close({ code: 'not-paired', message: 'The six digits did not match.' });
    await settled();
    expect(said).toEqual(['not-paired: The six digits did not match.']);
    expect(ps.closed).toEqual(['refused']);
  });

  it('before the handshake there is no session to announce the end of', async () => {
    const [a] = channelPair();
    const c = new FrameLink(a, computer());
    c.close();
    expect(a.sent.map((f) => (f as { type: string }).type)).toEqual(['auth/hello']);
  });
});
