import 'fake-indexeddb/auto';
import type { SendFrame } from '@core/protocol/frames';
import { beforeEach, describe, expect, it } from 'vitest';
import { PhoneDb } from '../db/phone-db';
import { recordDeletions } from '../sync/message-log';
import { FakeBridge } from './fake-bridge';
import { type PhoneReply, SendRequestLedger } from './send-request-ledger';
import { TAP_TO_SEND } from './send-request-views';

const COMPUTER = 'pt-computer';
const frame = (msgId: string, to = '+447911123456', id = `f-${msgId}`): SendFrame => ({
  v: 1,
  type: 'sms/send',
  id,
  msgId,
  to,
  body: 'Running late',
});
const status = (id: string, part: number, parts: number, state: 'sent' | 'delivered' | 'failed') => ({
  id,
  part,
  parts,
  state,
});

let db: PhoneDb;
let bridge: FakeBridge;
let replies: { to: string; frame: PhoneReply }[];
let requests: SendRequestLedger;

function make(withBridge: FakeBridge): SendRequestLedger {
  return new SendRequestLedger(db, withBridge, {
    reply: (to, f) => replies.push({ to, frame: f }),
    now: () => 1000,
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** A new page after a restart whose bridge answers `delivered` for the text: it asks, and never sends. */
async function restartAndRecoverDelivered(msgId: string): Promise<void> {
  const restarted = new FakeBridge();
  restarted.recovered = { state: 'delivered' };
  await make(restarted).recover();
  expect(restarted.sends).toEqual([]);
  expect(restarted.recovers.map((s) => s.msgId)).toEqual([msgId]);
  expect((await db.requests.get(msgId))?.state).toBe('delivered');
}
const states = () => replies.map((r) => (r.frame.type === 'sms/state' ? r.frame.state : r.frame.code));

beforeEach(() => {
  db = new PhoneDb(`test-${Math.random()}`);
  bridge = new FakeBridge();
  replies = [];
  requests = make(bridge);
});

describe('SendRequestLedger', () => {
  it('stores the request before dispatching, answers on-phone, dispatches once', async () => {
    await requests.receive(COMPUTER, frame('m1', '+44 7911 123456'));
    expect(bridge.sends).toEqual([{ msgId: 'm1', to: '+447911123456', body: 'Running late' }]);
    expect(await db.requests.get('m1')).toMatchObject({
      state: 'on-phone',
      dispatch: 'started',
      via: 'native',
      computerPeerId: COMPUTER,
    });
    expect(states()).toEqual(['on-phone']);
  });

  it('answers a repeated msgId with its current state and never dispatches it again', async () => {
    await requests.receive(COMPUTER, frame('m1'));
    bridge.emit({ msgId: 'm1', status: status('m1', 0, 1, 'sent') });
    await settle();
    await requests.receive(COMPUTER, frame('m1', '+447911123456', 'retry'));
    await Promise.all([requests.receive(COMPUTER, frame('m1')), requests.receive(COMPUTER, frame('m1'))]);
    expect(bridge.sends).toHaveLength(1);
    expect(states()).toEqual(['on-phone', 'sent', 'sent', 'sent', 'sent']);
  });

  it('dispatches once when the same new request arrives twice at the same moment', async () => {
    await Promise.all([requests.receive(COMPUTER, frame('m1')), requests.receive(COMPUTER, frame('m1'))]);
    expect(bridge.sends).toHaveLength(1);
  });

  it('refuses an invalid number with an error frame and a failed state, dispatching nothing', async () => {
    await requests.receive(COMPUTER, frame('m1', 'call me maybe', 'frame-7'));
    expect(bridge.sends).toEqual([]);
    expect(replies[0]?.frame).toMatchObject({ type: 'error', code: 'invalid-number', ref: 'frame-7' });
    expect(replies[1]?.frame).toMatchObject({
      type: 'sms/state',
      msgId: 'm1',
      state: 'failed',
      reason: '"call me maybe" is not a phone number.',
    });
    expect(await db.requests.get('m1')).toMatchObject({ state: 'failed', dispatch: 'none' });
  });

  it('folds part reports into sent then delivered, and a failed part into failed with its reason', async () => {
    await requests.receive(COMPUTER, frame('m1'));
    bridge.emit({ msgId: 'm1', status: status('m1', 0, 2, 'sent') });
    bridge.emit({ msgId: 'm1', status: status('m1', 1, 2, 'sent') });
    bridge.emit({ msgId: 'm1', status: status('m1', 0, 2, 'delivered') });
    await settle();
    expect((await db.requests.get('m1'))?.state).toBe('sent');

    await requests.receive(COMPUTER, frame('m2'));
    bridge.emit({ msgId: 'm2', status: { ...status('m2', 0, 1, 'failed'), reason: 'No service' } });
    await settle();
    expect(await db.requests.get('m2')).toMatchObject({ state: 'failed', reason: 'No service' });
    expect(replies.at(-1)?.frame).toMatchObject({ msgId: 'm2', state: 'failed', reason: 'No service' });
  });

  it('folds the stored parts: a part reported before a reload still counts after it', async () => {
    await requests.receive(COMPUTER, frame('m1'));
    bridge.emit({ msgId: 'm1', status: status('m1', 0, 2, 'sent') });
    await settle();
    const reloaded = new FakeBridge();
    make(reloaded);
    reloaded.emit({ msgId: 'm1', status: status('m1', 1, 2, 'sent') });
    await settle();
    expect((await db.requests.get('m1'))?.state).toBe('sent');
    reloaded.emit({ msgId: 'm1', status: { ...status('m1', 1, 2, 'failed'), resultCode: 4 } });
    await settle();
    expect(await db.requests.get('m1')).toMatchObject({ state: 'failed', reason: 'Error code 4' });
  });

  it('fails with the native refusal, and goes unknown when the bridge cannot say', async () => {
    bridge.outcome = { state: 'failed', reason: 'SEND_SMS permission not granted' };
    await requests.receive(COMPUTER, frame('m1'));
    expect(await db.requests.get('m1')).toMatchObject({
      state: 'failed',
      reason: 'SEND_SMS permission not granted',
    });
    bridge.outcome = { state: 'unknown', reason: 'no answer' };
    await requests.receive(COMPUTER, frame('m2'));
    expect(await db.requests.get('m2')).toMatchObject({ state: 'unknown', reason: 'no answer' });
  });

  it('after a crash mid-dispatch: asks the native bridge and uses its answer, never sends', async () => {
    await requests.receive(COMPUTER, frame('m1'));
    await restartAndRecoverDelivered('m1');
  });

  it('after a restart: a sent text whose delivery report came while no page listened is asked about', async () => {
    await requests.receive(COMPUTER, frame('m1'));
    bridge.emit({ msgId: 'm1', status: status('m1', 0, 1, 'sent') });
    await settle();
    await restartAndRecoverDelivered('m1');
    // Already delivered: nothing left to ask after the next restart.
    const again = new FakeBridge();
    await make(again).recover();
    expect(again.recovers).toEqual([]);
  });

  it('after a restart: a sent text the bridge cannot answer for stays sent', async () => {
    await requests.receive(COMPUTER, frame('m1'));
    bridge.emit({ msgId: 'm1', status: status('m1', 0, 1, 'sent') });
    await settle();
    await make(new FakeBridge()).recover();
    expect((await db.requests.get('m1'))?.state).toBe('sent');
  });

  it('after a crash mid-dispatch with no answer: unknown, with a reason, and no resend', async () => {
    await requests.receive(COMPUTER, frame('m1'));
    const restarted = new FakeBridge('sms-link');
    await make(restarted).recover();
    expect(restarted.sends).toEqual([]);
    expect(await db.requests.get('m1')).toMatchObject({ state: 'unknown', reason: expect.any(String) });
    // A late radio result still resolves it.
    restarted.emit({ msgId: 'm1', status: status('m1', 0, 1, 'sent') });
    await settle();
    expect((await db.requests.get('m1'))?.state).toBe('sent');
  });

  it('sms-link: waits for the tap, then is handed off; a restart leaves it waiting', async () => {
    const link = new FakeBridge('sms-link');
    const viaLink = make(link);
    await viaLink.receive(COMPUTER, frame('m1'));
    expect(await db.requests.get('m1')).toMatchObject({ state: 'on-phone', via: 'sms-link' });
    await make(new FakeBridge('sms-link')).recover();
    expect((await db.requests.get('m1'))?.state).toBe('on-phone');
    await viaLink.handOff('m1');
    expect((await db.requests.get('m1'))?.state).toBe('handed-off');
    expect(states()).toEqual(['on-phone', 'handed-off']);
  });

  it('sms-link: tells the computer to tap it on the phone, and stops saying so once handed off', async () => {
    const viaLink = make(new FakeBridge('sms-link'));
    await viaLink.receive(COMPUTER, frame('m1'));
    expect(replies.at(-1)?.frame).toMatchObject({
      type: 'sms/state',
      state: 'on-phone',
      reason: TAP_TO_SEND,
    });
    await viaLink.handOff('m1');
    expect(replies.at(-1)?.frame).toMatchObject({ type: 'sms/state', state: 'handed-off' });
    expect(replies.at(-1)?.frame).not.toHaveProperty('reason');
  });

  it('does not answer or dispatch a msgId that belongs to another computer', async () => {
    await requests.receive(COMPUTER, frame('m1'));
    await requests.receive('pt-other', frame('m1'));
    expect(bridge.sends).toHaveLength(1);
    expect(replies.at(-1)).toMatchObject({ to: 'pt-other', frame: { type: 'error', code: 'bad-frame' } });
  });

  it('a text deleted on the phone stays deleted: a late radio report updates the request, logs no body', async () => {
    await requests.receive(COMPUTER, frame('m1'));
    bridge.emit({ msgId: 'm1', status: status('m1', 0, 1, 'sent') });
    await settle();
    expect(await recordDeletions(db, ['m1'])).toBe(1);
    bridge.emit({ msgId: 'm1', status: status('m1', 0, 1, 'delivered') });
    await settle();
    expect(await db.requests.get('m1')).toMatchObject({ state: 'delivered', body: '' });
    expect(await db.messages.get('m1')).toBeUndefined();
    expect(JSON.stringify(await db.changes.toArray())).not.toContain('Running late');
  });
});
