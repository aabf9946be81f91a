import type { BridgeEvent, SmsStatus } from '@core/bridge/bridge-contract';
import { describe, expect, it } from 'vitest';
import { BridgeError, type NativeBridgeClient } from './native-bridge-client';
import { NativeSmsBridge, SIM_GONE } from './native-sms-bridge';
import type { SmsUpdate } from './sms-bridge';

/** Only the event side of the client: these tests play the Android side's sms-status events. */
function setup() {
  const listeners: ((event: BridgeEvent) => void)[] = [];
  const client = { subscribe: (l: (event: BridgeEvent) => void) => listeners.push(l) };
  const bridge = new NativeSmsBridge(client as unknown as NativeBridgeClient);
  const updates: SmsUpdate[] = [];
  bridge.onUpdate((u) => updates.push(u));
  const report = (data: SmsStatus) => {
    for (const l of listeners) l({ type: 'event', event: 'sms-status', data });
  };
  return { bridge, updates, report };
}
const status = (id: string, part: number, parts: number, state: SmsStatus['state']): SmsStatus => ({
  id,
  part,
  parts,
  state,
});

describe('NativeSmsBridge sms-status', () => {
  it('passes each part report on as it came: SendRequestLedger folds the stored parts, once', () => {
    const { updates, report } = setup();
    report(status('m1', 0, 2, 'sent'));
    report({ ...status('m1', 1, 2, 'failed'), reason: 'No service' });
    expect(updates).toEqual([
      { msgId: 'm1', status: status('m1', 0, 2, 'sent') },
      { msgId: 'm1', status: { ...status('m1', 1, 2, 'failed'), reason: 'No service' } },
    ]);
  });

  it('keeps nothing per message, however many texts the page sends', () => {
    const { bridge, report } = setup();
    for (let i = 0; i < 50; i++) {
      report(status(`m${i}`, 0, 1, 'sent'));
      report(status(`m${i}`, 0, 1, i % 2 ? 'delivered' : 'failed'));
    }
    // White-box on purpose: a per-message map here grew by one entry per text for the page's life.
    const kept = (bridge as unknown as { parts?: Map<string, unknown> }).parts;
    expect(kept?.size ?? 0).toBe(0);
  });
});

describe('NativeSmsBridge send with a chosen SIM', () => {
  function refusing(code: 'no-sim' | 'permission-denied') {
    const sent: unknown[] = [];
    const client = {
      subscribe: () => undefined,
      sendMessage: (_type: string, payload: unknown) => {
        sent.push(payload);
        return Promise.reject(new BridgeError(code, 'SIM 3 is not active'));
      },
    };
    return { bridge: new NativeSmsBridge(client as unknown as NativeBridgeClient), sent };
  }

  it('passes the simId to the wrapper and says plainly when that SIM is gone', async () => {
    const { bridge, sent } = refusing('no-sim');
    const outcome = await bridge.send({ msgId: 'm1', to: '+447911123456', body: 'hi', simId: 3 });
    expect(sent).toEqual([{ id: 'm1', to: '+447911123456', body: 'hi', simId: 3 }]);
    expect(outcome).toEqual({ state: 'failed', reason: SIM_GONE });
  });

  it('keeps the wrapper’s own words for other refusals', async () => {
    const { bridge } = refusing('permission-denied');
    const outcome = await bridge.send({ msgId: 'm1', to: '+447911123456', body: 'hi', simId: 3 });
    expect(outcome).toEqual({ state: 'failed', reason: 'SIM 3 is not active' });
  });
});
