import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SecureSession } from './secure-session';
import {
  channelPair,
  computer,
  createKeys,
  type End,
  keys,
  phone,
  settled,
  watch,
} from './secure-session-fixture';

beforeAll(createKeys);

const typeOf = (d: unknown) => (d as { type: string }).type;
const typed = () => phone({ pairCode: 'ABCD-EFGH' });

/** Frames of these types sent by `end` are held back (not delivered) until released. */
function hold(end: End, types: string[]) {
  const deliver = end.send.bind(end);
  const held: unknown[] = [];
  end.send = (d) => (types.includes(typeOf(d)) ? held.push(d) : deliver(d));
  return { held, release: () => held.splice(0).forEach(deliver) };
}

/** What arrives at `end`, in order, by type. */
function arrivals(end: End): string[] {
  const seen: string[] = [];
  end.onData((d) => seen.push(typeOf(d)));
  return seen;
}

const frame = (type: string, field: string, value: string) => ({
  v: 1,
  id: crypto.randomUUID(),
  type,
  [field]: value,
});

describe('SecureSession typed code: SAS commit before reveal', () => {
  it('phone commits, computer answers with its value, phone reveals; both show the same digits', async () => {
    const [a, b] = channelPair();
    const atComputer = arrivals(a);
    const atPhone = arrivals(b);
    const c = new SecureSession(a, computer());
    const p = new SecureSession(b, typed());
    await vi.waitFor(() => expect([c.ready, p.ready]).toEqual([true, true]));
    expect(await p.sas()).toBe(await c.sas());
    // Ordering as the other side saw it: the computer's value only after the commitment reached it,
    // the phone's reveal only after the computer's value reached it.
    const sentNonce = a.sent.findIndex((d) => typeOf(d) === 'sas/nonce');
    expect(atComputer.indexOf('sas/commit')).toBeGreaterThanOrEqual(0);
    expect(sentNonce).toBeGreaterThan(0);
    expect(atPhone.indexOf('sas/nonce')).toBeGreaterThanOrEqual(0);
    expect(b.sent.map(typeOf).indexOf('sas/reveal')).toBeGreaterThan(
      b.sent.map(typeOf).indexOf('sas/commit'),
    );
    expect(atComputer.lastIndexOf('sas/commit')).toBeLessThan(atComputer.indexOf('sas/reveal'));
  });

  it('the computer sends no SAS value until it holds the commitment; the phone no reveal until it holds it', async () => {
    const [a, b] = channelPair();
    const commits = hold(b, ['sas/commit']);
    const cs = watch(new SecureSession(a, computer()));
    const ps = watch(new SecureSession(b, typed()));
    await settled();
    expect(a.sent.map(typeOf)).not.toContain('sas/nonce');
    expect(b.sent.map(typeOf)).not.toContain('sas/reveal');
    expect([cs.ready, ps.ready, cs.refused, ps.refused]).toEqual([[], [], [], []]);
    const nonces = hold(a, ['sas/nonce']);
    commits.release();
    await vi.waitFor(() => expect(nonces.held.map(typeOf)).toEqual(['sas/nonce']));
    await settled();
    expect(b.sent.map(typeOf)).not.toContain('sas/reveal');
    nonces.release();
    await vi.waitFor(() => expect([cs.ready, ps.ready]).toEqual([['Pixel'], ['Laptop']]));
  });

  it('refuses a reveal that arrives before the computer sent its value', async () => {
    const [a, b] = channelPair();
    const cs = watch(new SecureSession(a, computer()));
    b.send(frame('sas/reveal', 'nonce', 'r'.repeat(43)));
    await vi.waitFor(() => expect([cs.ready, cs.refused]).toEqual([[], ['not-authenticated']]));
  });

  it('refuses a reveal other than the committed value: the computer never gets ready', async () => {
    const [a, b] = channelPair();
    const deliver = b.send.bind(b);
    b.send = (d) => deliver(typeOf(d) === 'sas/reveal' ? { ...(d as object), nonce: 'x'.repeat(43) } : d);
    const cs = watch(new SecureSession(a, computer()));
    const ps = watch(new SecureSession(b, typed()));
    await vi.waitFor(() => expect([cs.ready, cs.refused]).toEqual([[], ['auth-failed']]));
    // The phone had all it needed for its digits; the computer's refusal ends it too.
    await vi.waitFor(() => expect(ps.closed).toEqual(['refused']));
  });

  it('refuses SAS frames in the wrong direction, or without a typed code', async () => {
    const cases = [
      { to: 'computer', sent: frame('sas/nonce', 'nonce', 'n'.repeat(43)) },
      { to: 'phone', sent: frame('sas/commit', 'commit', 'c'.repeat(43)) },
      { to: 'phone', sent: frame('sas/reveal', 'nonce', 'r'.repeat(43)) },
      { to: 'pinned phone', sent: frame('sas/nonce', 'nonce', 'n'.repeat(43)) },
    ];
    for (const { to, sent } of cases) {
      const [a, b] = channelPair();
      const options = to === 'computer' ? computer() : to === 'phone' ? typed() : phone();
      const session = watch(new SecureSession(to === 'computer' ? a : b, options));
      (to === 'computer' ? b : a).send(sent);
      await vi.waitFor(() => expect([to, session.refused]).toEqual([to, ['not-authenticated']]));
    }
  });

  it('the phone refuses a second, different value from the computer: it cannot move after the reveal', async () => {
    const [a, b] = channelPair();
    const ps = watch(new SecureSession(b, typed()));
    await settled();
    a.send(frame('sas/nonce', 'nonce', 'n'.repeat(43)));
    await vi.waitFor(() => expect(b.sent.map(typeOf)).toContain('sas/reveal'));
    a.send(frame('sas/nonce', 'nonce', 'n'.repeat(43)));
    await settled();
    expect(ps.refused).toEqual([]);
    a.send(frame('sas/nonce', 'nonce', 'm'.repeat(43)));
    await vi.waitFor(() => expect(ps.refused).toEqual(['not-authenticated']));
  });

  it('survives each hello and SAS frame arriving twice, and a commitment that overtakes its hello', async () => {
    for (const mode of ['twice', 'overtake'] as const) {
      const [a, b] = channelPair();
      for (const end of [a, b]) {
        const deliver = end.send.bind(end);
        const twice = (d: unknown) => {
          if (typeOf(d) !== 'auth/proof') deliver(d);
          deliver(d);
        };
        if (mode === 'twice') end.send = twice;
      }
      const hellos = mode === 'overtake' ? hold(b, ['auth/hello']) : undefined;
      const cs = watch(new SecureSession(a, computer()));
      const ps = watch(new SecureSession(b, typed()));
      await settled();
      hellos?.release();
      // Released after a quiet spell: the handshake's signing has no traffic to wait on.
      await vi.waitFor(() =>
        expect([mode, cs.ready, ps.ready, cs.refused, ps.refused]).toEqual([
          mode,
          ['Pixel'],
          ['Laptop'],
          [],
          [],
        ]),
      );
    }
  });

  it("survives the phone's first commitment, or either side's first hello, being lost", async () => {
    for (const [who, type] of [
      ['phone', 'sas/commit'],
      ['phone', 'auth/hello'],
      ['computer', 'auth/hello'],
    ] as const) {
      const [a, b] = channelPair();
      const end = who === 'computer' ? a : b;
      const deliver = end.send.bind(end);
      let lost = false;
      end.send = (d) => {
        if (!lost && typeOf(d) === type) lost = true;
        else deliver(d);
      };
      const c = new SecureSession(a, computer());
      const p = new SecureSession(b, typed());
      await vi.waitFor(() => expect([who, type, c.ready, p.ready]).toEqual([who, type, true, true]));
      expect(await p.sas()).toBe(await c.sas());
    }
  });

  it('refuses a typed code from a phone without the commitment (SAS v1) before spending the code', async () => {
    const [a, b] = channelPair();
    let asked = 0;
    const authorize = async () => {
      asked++;
      return { ok: true } as const;
    };
    const cs = watch(new SecureSession(a, computer({ authorize })));
    b.send({
      v: 1,
      id: 'h1',
      type: 'auth/hello',
      role: 'phone',
      device: 'Old',
      nonce: 'n'.repeat(43),
      key: { alg: keys.phone.alg, spki: keys.phone.spki },
      pair: { code: 'ABCD-EFGH' },
    });
    await vi.waitFor(() => expect([cs.refused, asked]).toEqual([['auth-failed'], 0]));
    expect(a.sent.at(-1)).toMatchObject({ type: 'error', message: expect.stringContaining('Update') });
  });
});
