import type { BridgeEvent } from '@core/bridge/bridge-contract';
import valid from '@core/bridge/fixtures/valid.json';
import { afterEach, describe, expect, it } from 'vitest';
import { BridgeError, type BridgeRequestType, NativeBridgeClient } from './native-bridge-client';
import { NativeSmsBridge } from './native-sms-bridge';
import type { SmsUpdate } from './sms-bridge';

type Fixture = (typeof valid)[number];
const responses = valid.filter((f): f is Fixture & { request: string } => f.kind === 'response');
const events = valid.filter((f) => f.kind === 'event');

const channels: MessageChannel[] = [];
afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
});

/** A real MessagePort pair: the test plays the Android side on `native`. */
function setup(timeoutMs = 500) {
  const channel = new MessageChannel();
  channels.push(channel);
  const warnings: string[] = [];
  const client = new NativeBridgeClient(channel.port2, {
    timeoutMs,
    warn: (message) => warnings.push(message),
  });
  const requests: { id: string; type: string; payload?: unknown }[] = [];
  const waiting: ((r: { id: string; type: string }) => void)[] = [];
  channel.port1.onmessage = (event: MessageEvent) => {
    expect(typeof event.data).toBe('string');
    const request = JSON.parse(event.data as string);
    requests.push(request);
    waiting.shift()?.(request);
  };
  const nextRequest = () => new Promise<{ id: string; type: string }>((resolve) => waiting.push(resolve));
  const post = (message: unknown) => channel.port1.postMessage(JSON.stringify(message));
  return { client, warnings, requests, nextRequest, post, native: channel.port1 };
}

describe('NativeBridgeClient against the shared fixtures', () => {
  for (const fixture of responses) {
    it(`resolves or rejects with ${fixture.name}`, async () => {
      const { client, nextRequest, post } = setup();
      const type = fixture.request as BridgeRequestType;
      const sendPayload = valid.find((f) => f.name === 'send request')!.message.payload;
      const answer = client.sendMessage(type, type === 'send' ? sendPayload : undefined);
      const request = await nextRequest();
      expect(request.type).toBe(type);
      post({ ...fixture.message, id: request.id });
      if (fixture.message.success) await expect(answer).resolves.toEqual(fixture.message.result);
      else await expect(answer).rejects.toMatchObject({ code: fixture.message.error?.code });
    });
  }

  it('hands every event fixture to subscribers', async () => {
    const { client, post } = setup();
    const seen: BridgeEvent[] = [];
    const all = new Promise<void>((resolve) =>
      client.subscribe((event) => {
        seen.push(event);
        if (seen.length === events.length) resolve();
      }),
    );
    for (const fixture of events) post(fixture.message);
    await all;
    expect(seen).toEqual(events.map((f) => f.message));
  });

  it('ignores and logs invalid inbound messages, then keeps working', async () => {
    const { client, warnings, nextRequest, post, native } = setup();
    const answer = client.sendMessage('capabilities');
    const request = await nextRequest();
    native.postMessage('{not json');
    native.postMessage(JSON.stringify({ type: 'event', event: 'sms-status', data: { id: 'x' } }));
    native.postMessage(JSON.stringify({ id: request.id, type: 'result', success: 'yes' }));
    post({ id: 'nobody', type: 'result', success: true, result: {} });
    post({ ...responses.find((f) => f.request === 'capabilities')!.message, id: request.id });
    await expect(answer).resolves.toMatchObject({ bridgeVersion: 1 });
    expect(warnings).toEqual([
      'ignored an invalid message',
      'ignored an invalid message',
      'ignored an invalid message',
      'ignored a result nobody waits for',
    ]);
  });

  it('rejects a result that does not match the request type', async () => {
    const { client, nextRequest, post } = setup();
    const answer = client.sendMessage('listSims');
    const request = await nextRequest();
    post({ id: request.id, type: 'result', success: true, result: { sims: 'two' } });
    await expect(answer).rejects.toMatchObject({ code: 'bad-result' });
  });

  it('rejects with a timeout when the native side never answers', async () => {
    const { client } = setup(30);
    const answer = client.sendMessage('capabilities');
    await expect(answer).rejects.toBeInstanceOf(BridgeError);
    await expect(answer).rejects.toMatchObject({ code: 'timeout' });
  });

  it('sends JSON strings with distinct request ids', async () => {
    const { client, requests, nextRequest } = setup(30);
    void client.sendMessage('capabilities').catch(() => undefined);
    await nextRequest();
    void client.sendMessage('readInbox', { afterId: 0, limit: 10 }).catch(() => undefined);
    await nextRequest();
    expect(requests[1]).toMatchObject({ type: 'readInbox', payload: { afterId: 0, limit: 10 } });
    expect(requests[0]?.id).not.toBe(requests[1]?.id);
  });
});

describe('NativeSmsBridge', () => {
  const sms = { msgId: 'm-2', to: '+14155552671', body: 'Hi ✓', simId: 2 };

  it('maps send results and refusals to message states', async () => {
    const { client, nextRequest, post } = setup();
    const bridge = new NativeSmsBridge(client);
    const sent = bridge.send(sms);
    const request = (await nextRequest()) as { id: string; type: string; payload: unknown };
    expect(request.payload).toEqual({ id: 'm-2', to: '+14155552671', body: 'Hi ✓', simId: 2 });
    post({
      id: request.id,
      type: 'result',
      success: true,
      result: { id: 'm-2', state: 'dispatched', parts: 2, duplicate: false },
    });
    await expect(sent).resolves.toEqual({ state: 'on-phone' });

    const refused = bridge.send(sms);
    const second = await nextRequest();
    post({ ...responses.find((f) => f.name === 'send refused, no permission')!.message, id: second.id });
    await expect(refused).resolves.toEqual({ state: 'failed', reason: 'SEND_SMS permission not granted' });
  });

  it('goes unknown when the native side does not answer a send', async () => {
    const { client } = setup(30);
    await expect(new NativeSmsBridge(client).send(sms)).resolves.toMatchObject({ state: 'unknown' });
  });

  it('recovers with the duplicate answer: a final state is used, a still-dispatched one is unknown', async () => {
    const { client, nextRequest, post } = setup();
    const bridge = new NativeSmsBridge(client);
    const done = bridge.recover(sms);
    post({
      ...responses.find((f) => f.name.startsWith('send result, repeated'))!.message,
      id: (await nextRequest()).id,
    });
    await expect(done).resolves.toEqual({ state: 'delivered' });
    const pending = bridge.recover(sms);
    post({
      id: (await nextRequest()).id,
      type: 'result',
      success: true,
      result: { id: 'm-2', state: 'dispatched', parts: 1, duplicate: true },
    });
    await expect(pending).resolves.toMatchObject({ state: 'unknown' });
  });

  it('hands sms-status events on per message, with the reason of a failed part', async () => {
    const { client, post } = setup();
    const bridge = new NativeSmsBridge(client);
    const updates: SmsUpdate[] = [];
    const got = (n: number) =>
      new Promise<void>((resolve) =>
        bridge.onUpdate((u) => {
          updates.push(u);
          if (updates.length === n) resolve();
        }),
      );
    const four = got(4);
    const status = (part: number, state: string) => ({
      type: 'event',
      event: 'sms-status',
      data: { id: 'm-2', part, parts: 2, state },
    });
    post(status(0, 'sent'));
    post(status(1, 'sent'));
    post(status(0, 'delivered'));
    post(events.find((f) => f.name === 'sms-status failed with reason')!.message);
    await four;
    expect(updates.map((u) => [u.msgId, u.status.state, u.status.reason])).toEqual([
      ['m-2', 'sent', undefined],
      ['m-2', 'sent', undefined],
      ['m-2', 'delivered', undefined],
      ['m-3', 'failed', 'No service'],
    ]);
  });
});
