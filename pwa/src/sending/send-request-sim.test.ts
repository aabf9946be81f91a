import 'fake-indexeddb/auto';
import type { SendFrame } from '@core/protocol/frames';
import { beforeEach, describe, expect, it } from 'vitest';
import { SIM_GONE } from '../bridge/native-sms-bridge';
import { PhoneDb } from '../db/phone-db';
import { FakeBridge } from './fake-bridge';
import { type PhoneReply, SendRequestLedger } from './send-request-ledger';

const COMPUTER = 'pt-computer';
const withSim = (msgId: string, simId: number): SendFrame => ({
  v: 1,
  type: 'sms/send',
  id: `f-${msgId}`,
  msgId,
  to: '+447911123456',
  body: 'From the work SIM',
  simId,
});

let db: PhoneDb;
let bridge: FakeBridge;
let replies: PhoneReply[];
let requests: SendRequestLedger;

beforeEach(() => {
  db = new PhoneDb(`test-${Math.random()}`);
  bridge = new FakeBridge();
  replies = [];
  requests = new SendRequestLedger(db, bridge, { reply: (_to, f) => replies.push(f), now: () => 1000 });
});

describe('SendRequestLedger with a chosen SIM', () => {
  it('stores the simId with the claimed request and hands it to the bridge once; a repeat only answers', async () => {
    await requests.receive(COMPUTER, withSim('m1', 2));
    await requests.receive(COMPUTER, withSim('m1', 2));
    expect((await db.requests.get('m1'))?.simId).toBe(2);
    expect(bridge.sends).toEqual([{ msgId: 'm1', to: '+447911123456', body: 'From the work SIM', simId: 2 }]);
  });

  it('tells the computer plainly when the chosen SIM is gone, and sends nothing else', async () => {
    bridge.outcome = { state: 'failed', reason: SIM_GONE };
    await requests.receive(COMPUTER, withSim('m2', 9));
    expect(bridge.sends).toHaveLength(1);
    expect(replies.at(-1)).toMatchObject({
      type: 'sms/state',
      msgId: 'm2',
      state: 'failed',
      reason: SIM_GONE,
    });
    expect((await db.requests.get('m2'))?.state).toBe('failed');
  });
});
