import { beforeAll, describe, expect, it, vi } from 'vitest';
import { type RefusalProof, SecureSession } from './secure-session';
import { channelPair, computer, createKeys, keys, phone, SDP_EVIL, settled } from './secure-session-fixture';

beforeAll(createKeys);

/** Every refusal a session emits, with whose word it provably is. */
function refusals(session: SecureSession): [string, RefusalProof][] {
  const seen: [string, RefusalProof][] = [];
  session.on('refused', (code, _message, proof) => seen.push([code, proof]));
  return seen;
}

const notPaired = async () => ({ ok: false as const, code: 'not-paired' as const, message: 'Not paired.' });

describe('SecureSession refusals: whose word they are', () => {
  it('an unsigned error before any hello ends the connection, and proves nothing', async () => {
    const [a, b] = channelPair();
    const p = new SecureSession(b, phone());
    const seen = refusals(p);
    a.send({ v: 1, id: 'e', type: 'error', code: 'not-paired', message: 'x' });
    await vi.waitFor(() => expect(seen).toEqual([['not-paired', 'none']]));
    expect(p.open).toBe(false);
  });

  it('the computer refusing an unpaired phone signs it with the key the phone authorized', async () => {
    const [a, b] = channelPair();
    new SecureSession(a, computer({ authorize: notPaired }));
    const seen = refusals(new SecureSession(b, phone()));
    await vi.waitFor(() => expect(seen).toEqual([['not-paired', 'signature']]));
    expect(a.sent.at(-1)).toMatchObject({ type: 'error', code: 'not-paired', sig: expect.any(String) });
  });

  it('even when the computer’s first hello was lost (its hello goes again before the refusal)', async () => {
    const [a, b] = channelPair();
    const deliver = a.send.bind(a);
    let count = 0;
    a.send = (d) => (++count === 1 ? undefined : deliver(d));
    new SecureSession(a, computer({ authorize: notPaired }));
    const seen = refusals(new SecureSession(b, phone()));
    await vi.waitFor(() => expect(seen).toEqual([['not-paired', 'signature']]));
  });

  it('a signed refusal moved to another connection, or with its text changed, proves nothing', async () => {
    const [a1, b1] = channelPair();
    new SecureSession(a1, computer({ authorize: notPaired }));
    new SecureSession(b1, phone());
    await vi.waitFor(() => expect(a1.sent).toHaveLength(3)); // its hello, again, then the refusal
    const [hello, , error] = a1.sent as { type: string }[];
    // Replayed to the phone on a new connection: signed over another nonce.
    const [, b2] = channelPair();
    const replayed = refusals(new SecureSession(b2, phone()));
    b2.inject(structuredClone(hello));
    await settled();
    b2.inject(structuredClone(error));
    await vi.waitFor(() => expect(replayed).toEqual([['not-paired', 'none']]));
    // A relay that changed the DTLS fingerprints: the phone sees another connection than was signed.
    const [a3, b3] = channelPair(SDP_EVIL);
    new SecureSession(a3, computer({ authorize: notPaired }));
    const relayed = refusals(new SecureSession(b3, phone({ authorize: async () => ({ ok: true }) })));
    await settled();
    expect(relayed.map(([, proof]) => proof)).not.toContain('signature');
  });

  it('a refusal signed by another key than the one announced proves nothing', async () => {
    const [a, b] = channelPair();
    // Announces the computer's key, signs with a stranger's.
    const forger = { ...keys.stranger, spki: keys.computer.spki, alg: keys.computer.alg };
    new SecureSession(a, computer({ key: forger, authorize: notPaired }));
    const seen = refusals(new SecureSession(b, phone()));
    await vi.waitFor(() => expect(seen).toEqual([['not-paired', 'none']]));
  });

  it('a close with a reason inside the session is the session’s word', async () => {
    const [a, b] = channelPair();
    const c = new SecureSession(a, computer());
    const seen = refusals(new SecureSession(b, phone()));
    await settled();
    c.close({ code: 'not-paired', message: 'Unpaired.' });
    await vi.waitFor(() => expect(seen).toEqual([['not-paired', 'session']]));
  });
});
