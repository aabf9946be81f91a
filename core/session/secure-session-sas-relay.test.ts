import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { type SasInputs, sasDigits, sasText, shortAuthString } from '../auth/short-auth-string';
import { channelFingerprints } from './channel-fingerprints';
import { SecureSession } from './secure-session';
import { channelPair, computer, createKeys, type End, keys, phone, watch } from './secure-session-fixture';

/**
 * A signaling server that knows the typed code answers the phone's dial itself (leg A, as a
 * "computer") and dials the computer itself with the code (leg B, as a "phone"), each with its own
 * key. It wins if both people see the same six digits. Without a commitment it could try values on
 * one leg until they match the other's (10^6 tries on average). With commit before reveal, on each leg
 * it must fix its value before it learns the honest side's, so it can still grind, but only against a
 * guess; and a value it would have liked better later is refused.
 */

beforeAll(createKeys);

/** The relay's budget of SHA-256 evaluations per grind: ten times what a match takes on average. */
const BUDGET = 10_000_000;

/** Synchronous SHA-256 (node:crypto) over the very text shortAuthString hashes: the relay's fastest grind. */
const digitsOf = (inputs: SasInputs) => sasDigits(createHash('sha256').update(sasText(inputs)).digest());

/** The first candidate value (base64url, 43 characters) whose digits are `target`, within the budget. */
function grind(target: string, inputsWith: (value: string) => SasInputs): string | undefined {
  for (let i = 0; i < BUDGET; i++) {
    const value = `G${i.toString(36).padStart(42, '0')}`;
    if (digitsOf(inputsWith(value)) === target) return value;
  }
  return undefined;
}

const typeOf = (d: unknown) => (d as { type: string }).type;

/** Frames of these types sent by `end` wait for the relay to decide what to send instead. */
function hold(end: End, type: string) {
  const deliver = end.send.bind(end);
  const held: Record<string, unknown>[] = [];
  end.send = (d) => (typeOf(d) === type ? held.push(d as Record<string, unknown>) : deliver(d));
  return { held, deliver };
}

function dtlsOf(end: End) {
  const dtls = channelFingerprints(end);
  if (typeof dtls === 'string') throw new Error(dtls);
  return dtls;
}

/** Both legs, with the relay's own sessions on its ends. */
function relay() {
  const [relayAsComputer, victimPhoneEnd] = channelPair();
  const [victimComputerEnd, relayAsPhone] = channelPair();
  return {
    relayAsComputer,
    relayAsPhone,
    victimComputerEnd,
    start() {
      // The grind blocks this thread for seconds: no ping may fall due meanwhile (one from the relay's
      // ready leg would reach a computer still in its handshake and end it, as any early frame does).
      // Nor the handshake deadline (10 s from the channel's open): on a loaded machine the grind can
      // outlast it, and the computer would then refuse with not-authenticated instead of auth-failed.
      const quiet = { pingEveryMs: 600_000, handshakeWithinMs: 600_000 };
      const victimPhone = new SecureSession(victimPhoneEnd, phone({ pairCode: 'ABCD-EFGH', ...quiet }));
      const victimComputer = new SecureSession(victimComputerEnd, computer(quiet));
      new SecureSession(relayAsComputer, computer({ key: keys.stranger, ...quiet }));
      new SecureSession(relayAsPhone, phone({ key: keys.stranger, pairCode: 'ABCD-EFGH', ...quiet }));
      // What the victim phone tells the relay from now on (its reveal among it).
      const toRelay: { type: string; nonce?: string }[] = [];
      relayAsComputer.onData((d) => toRelay.push(d as { type: string }));
      const phoneSeen = watch(victimPhone);
      return { victimPhone, victimComputer, toRelay, phoneSeen, computerSeen: watch(victimComputer) };
    },
  };
}

describe('a relay that knows the typed code grinds the six digits', () => {
  it('leg A first, then on leg B a reveal ground to match: it would match, and is refused', {
    timeout: 120_000,
  }, async () => {
    const legs = relay();
    const reveal = hold(legs.relayAsPhone, 'sas/reveal');
    const { victimPhone, victimComputer, computerSeen } = legs.start();
    await vi.waitFor(() => expect(victimPhone.ready).toBe(true));
    const target = await victimPhone.sas();
    // Leg B: the relay committed before the computer's value came; now it knows that value.
    await vi.waitFor(() => expect(reveal.held).toHaveLength(1));
    const computerValue = (
      legs.victimComputerEnd.sent.find((d) => typeOf(d) === 'sas/nonce') as { nonce: string }
    ).nonce;
    const dtls = dtlsOf(legs.victimComputerEnd);
    const inputsWith = (value: string): SasInputs => ({
      computer: { spki: keys.computer.spki, nonce: computerValue, dtls: dtls.local },
      phone: { spki: keys.stranger.spki, nonce: value, dtls: dtls.remote },
    });
    const ground = grind(target, inputsWith);
    // Without the commitment this was the attack: the computer would show the phone's digits.
    expect(ground).toBeDefined();
    expect(await shortAuthString(inputsWith(ground!))).toBe(target);
    reveal.deliver({ ...reveal.held[0], nonce: ground });
    await vi.waitFor(() => expect(computerSeen.refused).toEqual(['auth-failed']));
    // The computer never started the session: no digits shown there, nothing to confirm or pin.
    expect([computerSeen.ready, victimComputer.ready]).toEqual([[], false]);
  });

  it('leg B first, then on leg A a value chosen after the commitment: the digits differ, and it cannot move', async () => {
    const legs = relay();
    const value = hold(legs.relayAsComputer, 'sas/nonce');
    const { victimPhone, victimComputer, phoneSeen, toRelay } = legs.start();
    await vi.waitFor(() => expect(victimComputer.ready).toBe(true));
    const target = await victimComputer.sas();
    await vi.waitFor(() => expect(value.held).toHaveLength(1));
    // Leg A: the phone committed; its value is hidden, so the relay has nothing to grind against. It
    // could grind against a guess of the phone's value (as in the test above, ~10^6 hashes); the real
    // value is not the guess, so that buys nothing over any fixed choice, like this one.
    const chosen = `C${'0'.repeat(42)}`;
    value.deliver({ ...value.held[0], nonce: chosen });
    await vi.waitFor(() => expect(victimPhone.ready).toBe(true));
    // The phone's real value, revealed only now, decides the digits: others than leg B's (1 in 10^6).
    const shown = await victimPhone.sas();
    expect(shown).not.toBe(target);
    const phoneValue = toRelay.find((f) => f.type === 'sas/reveal')?.nonce;
    const dtls = dtlsOf(legs.relayAsComputer);
    const inputsWith = (computerValue: string): SasInputs => ({
      computer: { spki: keys.stranger.spki, nonce: computerValue, dtls: dtls.local },
      phone: { spki: keys.phone.spki, nonce: phoneValue!, dtls: dtls.remote },
    });
    expect(digitsOf(inputsWith(chosen))).toBe(shown);
    // Knowing the phone's value now, the relay could grind one that would match (as in the test above;
    // not run again, it costs ~10^6 hashes); the phone took a value already and refuses any other.
    value.deliver({ v: 1, id: 'late', type: 'sas/nonce', nonce: `D${'0'.repeat(42)}` });
    await vi.waitFor(() => expect(phoneSeen.refused).toHaveLength(1));
    expect(victimPhone.open).toBe(false);
  });
});
