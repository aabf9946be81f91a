import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SecureSession } from './secure-session';
import {
  channelPair,
  computer,
  createKeys,
  phone,
  SDP_A,
  send,
  settled,
  watch,
} from './secure-session-fixture';

beforeAll(createKeys);

describe('SecureSession session', () => {
  it('refuses a frame out of sequence after the handshake', async () => {
    const [a, b] = channelPair();
    new SecureSession(a, computer());
    const p = new SecureSession(b, phone());
    const ps = watch(p);
    await settled();
    a.send({ ...send, v: 1, id: 'late', seq: 5 });
    await settled();
    expect(ps.frames).toEqual([]);
    expect(ps.refused).toEqual(['out-of-sequence']);
  });

  it('answers a malformed frame with an error saying why, then closes', async () => {
    const [a, b] = channelPair();
    const p = new SecureSession(b, phone());
    a.send({ v: 9, type: 'sms/send', id: 'x2' });
    await settled();
    expect(b.sent.slice(1)).toMatchObject([{ type: 'error', code: 'unsupported-version', ref: 'x2' }]);
    expect(p.open).toBe(false);
  });

  it('never answers an error with an error', async () => {
    const [a, b] = channelPair();
    const p = new SecureSession(b, phone());
    a.send({ v: 1, type: 'error', id: 'e1', code: 'nonsense' });
    await settled();
    expect(b.sent).toHaveLength(1); // only its hello
    expect(p.open).toBe(false);
  });

  it('after the handshake, refuses a malformed frame but keeps the connection', async () => {
    const [a, b] = channelPair();
    new SecureSession(a, computer());
    const p = new SecureSession(b, phone());
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
    const c = new SecureSession(a, computer());
    const p = new SecureSession(b, phone());
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
    const c = new SecureSession(a, computer({ pingEveryMs: 20 }));
    const p = new SecureSession(b, phone({ pingEveryMs: 60_000 }));
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
    const c = new SecureSession(a, computer());
    const p = new SecureSession(b, phone());
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
    const c = new SecureSession(a, computer({ pingEveryMs: 20, deadAfterMs: 60 }));
    const p = new SecureSession(b, phone({ pingEveryMs: 20, deadAfterMs: 60 }));
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

describe('SecureSession close', () => {
  it('ends the session on the other side at once, even when the channel never tells it', async () => {
    const [a, b] = channelPair(SDP_A, { closeReachesOther: false });
    const c = new SecureSession(a, computer());
    const ps = watch(new SecureSession(b, phone()));
    await settled();
    expect(ps.ready).toEqual(['Laptop']);
    c.close();
    await settled();
    expect([ps.closed, ps.refused]).toEqual([['closed'], []]);
  });

  it('a close with a reason is a refusal there, with its code and message', async () => {
    const [a, b] = channelPair(SDP_A, { closeReachesOther: false });
    const c = new SecureSession(a, computer());
    const p = new SecureSession(b, phone());
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
    const c = new SecureSession(a, computer());
    c.close();
    expect(a.sent.map((f) => (f as { type: string }).type)).toEqual(['auth/hello']);
  });
});
