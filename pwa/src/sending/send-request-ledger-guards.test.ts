import 'fake-indexeddb/auto';
import type { SendFrame } from '@core/protocol/frames';
import { beforeEach, describe, expect, it } from 'vitest';
import { PhoneDb } from '../db/phone-db';
import { FakeBridge } from './fake-bridge';
import { TEN_MINUTES } from './send-guard';
import { type PhoneReply, SendRequestLedger } from './send-request-ledger';

const A = 'computer-a';
const B = 'computer-b';
let n = 0;
const frame = (to: string): SendFrame => {
  n += 1;
  return { v: 1, type: 'sms/send', id: `f${n}`, msgId: `m${n}`, to, body: 'Hello' };
};

let db: PhoneDb;
let bridge: FakeBridge;
let replies: { to: string; frame: PhoneReply }[];
let clock: number;
let requests: SendRequestLedger;

beforeEach(() => {
  db = new PhoneDb(`guards-${Math.random()}`);
  bridge = new FakeBridge();
  replies = [];
  clock = 1_000_000_000;
  requests = new SendRequestLedger(db, bridge, {
    reply: (to, f) => replies.push({ to, frame: f }),
    now: () => clock,
  });
});

const lastState = () => replies.filter((r) => r.frame.type === 'sms/state').at(-1)?.frame;
const send = (computer: string, to: string) => requests.receive(computer, frame(to));
const sendBody = (computer: string, to: string, body: string) =>
  requests.receive(computer, { ...frame(to), body });
/** 10,000 characters outside GSM-7: about 150 SMS. */
const LONG_UCS2 = 'Привет '.repeat(1_429).slice(0, 10_000);

describe('SendRequestLedger guards', () => {
  it("refuses the text past a computer's ten-minute limit, without dispatching it; others are unaffected", async () => {
    await db.settings.put({ key: 'guards', perTenMinutes: 3, perDay: 100 });
    for (let i = 0; i < 3; i++) await send(A, '+447911123456');
    await send(A, '+447911123456');
    expect(lastState()).toMatchObject({
      state: 'failed',
      reason: expect.stringMatching(/3 SMS every 10 minutes/),
    });
    expect(bridge.sends).toHaveLength(3);
    await send(B, '+447911123456');
    expect(bridge.sends).toHaveLength(4);
    // Refused asks do not hold the limit shut once the window has moved on.
    clock += TEN_MINUTES;
    await send(A, '+447911123456');
    expect(bridge.sends).toHaveLength(5);
  });

  it('counts texts, not tries: refused asks in the window do not use up the limit', async () => {
    await db.settings.put({ key: 'guards', perTenMinutes: 3, perDay: 3 });
    for (let i = 0; i < 3; i++) await send(A, 'not a number');
    await db.requests.add({
      msgId: 'held-then-refused',
      computerPeerId: A,
      to: '84222',
      body: 'x',
      parts: [],
      createdAt: clock,
      updatedAt: clock,
      state: 'on-phone',
      dispatch: 'held',
    });
    await requests.refuseHeld('held-then-refused');
    for (let i = 0; i < 3; i++) await send(A, '+447911123456');
    expect(bridge.sends).toHaveLength(3);
    await send(A, '+447911123456');
    expect(lastState()).toMatchObject({ state: 'failed', reason: expect.stringMatching(/limit reached/) });
    expect(bridge.sends).toHaveLength(3);
  });

  it('refuses past the daily cap even when the ten-minute window is clear', async () => {
    await db.settings.put({ key: 'guards', perTenMinutes: 100, perDay: 2 });
    await send(A, '+447911123456');
    clock += TEN_MINUTES;
    await send(A, '+447911123456');
    clock += TEN_MINUTES;
    await send(A, '+447911123456');
    expect(lastState()).toMatchObject({ state: 'failed', reason: expect.stringMatching(/2 SMS a day/) });
    expect(bridge.sends).toHaveLength(2);
  });

  it('holds a short code until confirmed, then dispatches it exactly once', async () => {
    await send(A, '84222');
    expect(bridge.sends).toEqual([]);
    expect(lastState()).toMatchObject({ state: 'on-phone', reason: expect.stringMatching(/short code/) });
    const id = `m${n}`;
    expect(await db.requests.get(id)).toMatchObject({ dispatch: 'held' });
    await Promise.all([requests.confirmHeld(id), requests.confirmHeld(id)]);
    await requests.confirmHeld(id);
    expect(bridge.sends.map((s) => s.msgId)).toEqual([id]);
    const after = lastState();
    expect(after).toMatchObject({ state: 'on-phone' });
    expect(after).not.toHaveProperty('reason');
    // A retried request for it is answered, never dispatched again.
    await requests.receive(A, { ...frame('84222'), msgId: id });
    expect(bridge.sends).toHaveLength(1);
  });

  it('a refused held text fails with a reason and can no longer be confirmed', async () => {
    await send(A, '+449098790000');
    const id = `m${n}`;
    await requests.refuseHeld(id);
    await requests.confirmHeld(id);
    expect(bridge.sends).toEqual([]);
    expect(lastState()).toMatchObject({ state: 'failed', reason: 'Refused on the phone.' });
  });

  it('holds the sixth new recipient within ten minutes, but not a known one', async () => {
    await send(A, '+447911000001');
    clock += TEN_MINUTES;
    for (let i = 2; i <= 6; i++) await send(A, `+44791100000${i}`);
    expect(bridge.sends).toHaveLength(6);
    await send(B, '+447911000007');
    expect(lastState()).toMatchObject({ state: 'on-phone', reason: expect.stringMatching(/new recipients/) });
    expect(bridge.sends).toHaveLength(6);
    await send(B, '+447911000001');
    expect(bridge.sends).toHaveLength(7);
  });

  it('held texts count toward the limits, so holding cannot be used to stack up sends', async () => {
    await db.settings.put({ key: 'guards', perTenMinutes: 2, perDay: 100 });
    await send(A, '84222');
    await send(A, '84223');
    await send(A, '84224');
    expect(lastState()).toMatchObject({ state: 'failed' });
  });

  it('counts SMS, not texts: a 150-SMS text uses up 150 of the day, and its refusal says so', async () => {
    await db.settings.put({ key: 'guards', perTenMinutes: 1_000, perDay: 200, totalPerDay: 1_000 });
    await sendBody(A, '+447911123456', LONG_UCS2);
    expect(bridge.sends).toHaveLength(1);
    const stored = await db.requests.get(`m${n}`);
    expect(stored?.segments).toBeGreaterThanOrEqual(149);
    expect(stored?.long).toBe(1);
    // 150 used: a second long one would cross 200, a short one does not.
    await sendBody(A, '+447911123456', LONG_UCS2);
    expect(lastState()).toMatchObject({
      state: 'failed',
      reason: expect.stringMatching(/this computer may send 200 SMS a day \(this text is 1\d\d SMS\)/),
    });
    expect(await db.requests.get(`m${n}`)).not.toHaveProperty('long');
    await send(A, '+447911123456');
    expect(bridge.sends).toHaveLength(2);
    // Another computer has its own limit: the long text goes out there.
    await sendBody(B, '+447911123456', LONG_UCS2);
    expect(bridge.sends).toHaveLength(3);
  });

  it('holds every computer together to one daily limit', async () => {
    await db.settings.put({ key: 'guards', perTenMinutes: 100, perDay: 100, totalPerDay: 3 });
    await send(A, '+447911123456');
    await send(B, '+447911123456');
    await send(A, '+447911123456');
    await send(B, '+447911123456');
    expect(lastState()).toMatchObject({
      state: 'failed',
      reason: expect.stringMatching(/all computers together may send 3 SMS a day/),
    });
    expect(bridge.sends).toHaveLength(3);
    clock += 24 * 60 * 60_000;
    await send(B, '+447911123456');
    expect(bridge.sends).toHaveLength(4);
  });

  it("holds a number outside the phone's country, or outside the countries the person set", async () => {
    const gb = new SendRequestLedger(db, bridge, {
      reply: (to, f) => replies.push({ to, frame: f }),
      now: () => clock,
      defaultCountry: 'GB',
    });
    await gb.receive(A, frame('+33612345678'));
    expect(lastState()).toMatchObject({
      state: 'on-phone',
      reason: expect.stringMatching(/France, outside/),
    });
    // The reason names the number as the phone shows it (displayAddress), its spaces unbroken.
    expect(lastState()).toMatchObject({
      reason: expect.stringContaining('+33\u00a06\u00a012\u00a034\u00a056\u00a078 is in France'),
    });
    await gb.receive(A, frame('07911 123456'));
    expect(bridge.sends).toHaveLength(1);
    await gb.receive(A, frame('+881612345678'));
    expect(lastState()).toMatchObject({ reason: expect.stringMatching(/satellite/) });
    await gb.receive(A, frame('+449098790000'));
    expect(lastState()).toMatchObject({
      reason: 'Confirm on the phone: 0909\u00a0879\u00a00000 is a premium-rate number.',
    });
    await db.settings.put({ key: 'guards', perTenMinutes: 30, perDay: 200, countries: ['GB', 'FR'] });
    await gb.receive(A, frame('+33612345678'));
    expect(bridge.sends).toHaveLength(2);
    await gb.receive(A, frame('+18762101234'));
    expect(lastState()).toMatchObject({ reason: expect.stringMatching(/Jamaica/) });
    expect(bridge.sends).toHaveLength(2);
  });
});
