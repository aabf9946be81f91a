import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SecureSession } from './secure-session';
import {
  channelPair,
  computer,
  createKeys,
  keys,
  phone,
  SDP_EVIL,
  send,
  settled,
  watch,
} from './secure-session-fixture';

beforeAll(createKeys);

describe('SecureSession handshake', () => {
  it('both sides prove their keys, then numbered frames flow', async () => {
    const [a, b] = channelPair();
    const c = new SecureSession(a, computer());
    const p = new SecureSession(b, phone());
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
      const cs = watch(new SecureSession(a, computer()));
      const ps = watch(new SecureSession(b, phone()));
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
    const cs = watch(new SecureSession(a, computer()));
    const ps = watch(new SecureSession(b, phone()));
    // Waits for the outcome itself: on a loaded machine a signature can take longer than any quiet spell.
    await vi.waitFor(() => expect([cs.ready, ps.ready, ps.refused]).toEqual([['Pixel'], ['Laptop'], []]), {
      timeout: 5_000,
    });
  });

  it('QR pairing: the phone proves the secret without sending it, and the proof spends it', async () => {
    const offers = ['s'.repeat(22)];
    const take = async () => offers.shift();
    const [a, b] = channelPair();
    const cs = watch(new SecureSession(a, computer({ takeQrSecret: take })));
    const ps = watch(new SecureSession(b, phone({ pairSecret: 's'.repeat(22) })));
    await settled();
    expect([cs.ready, ps.ready]).toEqual([['Pixel'], ['Laptop']]);
    expect(JSON.stringify(b.sent)).not.toContain('s'.repeat(22));
    // The same QR code a second time: already spent.
    const [a2, b2] = channelPair();
    const again = watch(new SecureSession(a2, computer({ takeQrSecret: take })));
    watch(new SecureSession(b2, phone({ pairSecret: 's'.repeat(22) })));
    await settled();
    expect([again.ready, again.refused]).toEqual([[], ['not-paired']]);
  });

  it('QR pairing: a wrong secret, or a relay that saw a right one on its own leg, is refused', async () => {
    const [a, b] = channelPair();
    const cs = watch(new SecureSession(a, computer({ takeQrSecret: async () => 'r'.repeat(22) })));
    watch(new SecureSession(b, phone({ pairSecret: 'w'.repeat(22) })));
    await settled();
    expect([cs.ready, cs.refused]).toEqual([[], ['not-paired']]);
    // The computer sees other fingerprints than the phone signed and MACed: refused before the secret.
    const [a2, b2] = channelPair(SDP_EVIL);
    let taken = 0;
    const relayed = watch(
      new SecureSession(
        a2,
        computer({
          takeQrSecret: async () => {
            taken++;
            return 'r'.repeat(22);
          },
        }),
      ),
    );
    watch(new SecureSession(b2, phone({ pairSecret: 'r'.repeat(22) })));
    await settled();
    expect(relayed.ready).toEqual([]);
    expect(taken).toBe(0);
  });

  it('refuses a second, different hello', async () => {
    const [a, b] = channelPair();
    const p = new SecureSession(b, phone());
    const ps = watch(p);
    const hello = (nonce: string) => ({
      v: 1,
      id: crypto.randomUUID(),
      type: 'auth/hello',
      role: 'computer',
      device: 'Laptop',
      nonce,
      key: { alg: keys.computer.alg, spki: keys.computer.spki },
    });
    b.inject(hello('n'.repeat(43)));
    b.inject(hello('m'.repeat(43)));
    await settled();
    expect(ps.refused).toEqual(['not-authenticated']);
    expect(a.closed || b.closed).toBe(true);
  });

  it('shows the same six digits on both sides, and different ones to a relay in the middle', async () => {
    const [a, b] = channelPair();
    const c = new SecureSession(a, computer());
    const p = new SecureSession(b, phone({ pairCode: 'ABCD-EFGH' }));
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
    const victimComputer = new SecureSession(a1, computer());
    new SecureSession(b1, phone({ key: keys.stranger }));
    new SecureSession(a2, computer({ key: keys.stranger }));
    const victimPhone = new SecureSession(b2, phone());
    await settled();
    expect(await victimComputer.sas()).not.toBe(await victimPhone.sas());
  });

  it('refuses any command before the handshake and closes', async () => {
    const [a, b] = channelPair();
    const p = new SecureSession(b, phone());
    const ps = watch(p);
    a.send({ ...send, v: 1, id: 'x1', seq: 1 });
    await settled();
    expect(ps.frames).toEqual([]);
    expect(ps.refused).toEqual(['not-authenticated']);
    expect(p.open).toBe(false);
  });

  it('tells the other side why it was refused (unpaired) and delivers nothing', async () => {
    const [a, b] = channelPair();
    const c = new SecureSession(
      a,
      computer({ authorize: async () => ({ ok: false, code: 'not-paired', message: 'Not paired.' }) }),
    );
    const p = new SecureSession(b, phone());
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
    const c = new SecureSession(a, computer());
    const p = new SecureSession(b, phone());
    const cs = watch(c);
    const ps = watch(p);
    await settled();
    expect(cs.ready).toEqual([]);
    expect(ps.ready).toEqual([]);
    expect([...cs.refused, ...ps.refused]).toContain('auth-failed');
  });

  it('refuses a handshake and command replayed from an earlier session', async () => {
    const [a1, b1] = channelPair();
    const first = watch(new SecureSession(a1, computer()));
    const firstPhone = watch(new SecureSession(b1, phone()));
    await vi.waitFor(() => expect([first.ready, firstPhone.ready]).toEqual([['Pixel'], ['Laptop']]), {
      timeout: 5_000,
    });
    const recorded = [...a1.sent];
    // The computer's recorded hello, proof and numbered send, played to the phone on a new connection.
    const [, b2] = channelPair();
    const p = new SecureSession(b2, phone());
    const ps = watch(p);
    for (const frame of [...recorded, { ...send, v: 1, id: 'r1', seq: 1 }]) b2.inject(structuredClone(frame));
    await vi.waitFor(() => expect(ps.refused).toEqual(['auth-failed']), { timeout: 5_000 });
    await settled();
    expect(ps.ready).toEqual([]);
    expect(ps.frames).toEqual([]);
    expect(ps.refused).toEqual(['auth-failed']);
  });

  it('refuses a proof made with another key than the one announced', async () => {
    const [a, b] = channelPair();
    const p = new SecureSession(b, phone());
    const ps = watch(p);
    // A stranger announces the computer's public key but can only sign with its own.
    new SecureSession(
      a,
      computer({ key: { ...keys.stranger, spki: keys.computer.spki, alg: keys.computer.alg } }),
    );
    await settled();
    expect(ps.ready).toEqual([]);
    expect(ps.refused).toEqual(['auth-failed']);
  });
});
