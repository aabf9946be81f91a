import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BridgeEvent, BridgeResponse, RESULT_SCHEMAS } from './bridge-contract';
import invalid from './fixtures/invalid.json';
import valid from './fixtures/valid.json';
import { parseBridgeRequest } from './parse-bridge-request';

type RequestType = keyof typeof RESULT_SCHEMAS;

/** What each success response in fixtures/valid.json parses to, by fixture name: every field a client reads. */
const PARSED_RESULTS: Record<string, { request: RequestType; result: unknown }> = {
  'capabilities result': {
    request: 'capabilities',
    result: {
      bridgeVersion: 1,
      platform: 'android',
      canSend: true,
      canReadInbox: true,
      canReceive: true,
      canReadContacts: false,
      smsPermissions: 'granted',
    },
  },
  'capabilities result, SMS refused by restricted settings': {
    request: 'capabilities',
    result: {
      bridgeVersion: 1,
      platform: 'android',
      canSend: false,
      canReadInbox: false,
      canReceive: false,
      canReadContacts: true,
      smsPermissions: 'restricted',
    },
  },
  'listSims result, dual SIM': {
    request: 'listSims',
    result: {
      sims: [
        { id: 1, slot: 0, carrier: 'Vodafone', number: '+447911123456', default: false },
        { id: 2, slot: 1, carrier: 'O2', default: true },
      ],
    },
  },
  'listSims result, wrapper from before the default mark': {
    request: 'listSims',
    result: {
      sims: [
        { id: 1, slot: 0, carrier: 'Vodafone' },
        { id: 2, slot: 1, carrier: 'O2' },
      ],
    },
  },
  'send result, dispatched': {
    request: 'send',
    result: { id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', state: 'dispatched', parts: 1, duplicate: false },
  },
  'send result, repeated id answered with its current state': {
    request: 'send',
    result: { id: 'm-2', state: 'delivered', parts: 2, duplicate: true },
  },
  'readInbox result': {
    request: 'readInbox',
    result: {
      messages: [
        { id: 11, box: 'inbox', address: '+447911123456', body: 'See you', date: 1763900000000, read: true },
        {
          id: 12,
          box: 'sent',
          address: '+447911123456',
          body: 'See you',
          date: 1763900060000,
          read: true,
          simId: 1,
        },
      ],
      nextAfterId: 12,
      done: false,
    },
  },
  'listInboxIds result': {
    request: 'listInboxIds',
    result: { ids: [3, 7, 8], nextAfterId: 8, done: true },
  },
  'lookupContacts result': {
    request: 'lookupContacts',
    result: { contacts: [{ number: '+447911123456', name: 'Alice' }] },
  },
  'reportConnections result': { request: 'reportConnections', result: {} },
  'ackInbound result': { request: 'ackInbound', result: { removed: [1, 2], unknown: [] } },
  'ackInbound result, one acknowledged before': {
    request: 'ackInbound',
    result: { removed: [2], unknown: [1] },
  },
};

/** The failure responses, by fixture name. */
const PARSED_ERRORS: Record<string, { code: string; message: string }> = {
  'send refused, no permission': { code: 'permission-denied', message: 'SEND_SMS permission not granted' },
};

const responses = valid.filter((f) => f.kind === 'response');

describe('bridge contract fixtures (shared with android/ JVM tests)', () => {
  for (const fixture of valid.filter((f) => f.kind !== 'response')) {
    it(`accepts ${fixture.name}`, () => {
      if (fixture.kind === 'request') {
        expect(parseBridgeRequest(JSON.stringify(fixture.message))).toMatchObject({ ok: true });
      } else {
        expect(v.safeParse(BridgeEvent, fixture.message).success).toBe(true);
      }
    });
  }

  for (const fixture of responses) {
    it(`parses ${fixture.name} to what the client reads`, () => {
      const response = v.parse(BridgeResponse, fixture.message);
      expect(response.id).toBe((fixture.message as { id: string }).id);
      if (response.success) {
        const expected = PARSED_RESULTS[fixture.name];
        expect(expected, `no expected result for ${fixture.name}`).toBeDefined();
        expect(fixture.request).toBe(expected!.request);
        expect(v.parse(RESULT_SCHEMAS[expected!.request], response.result)).toStrictEqual(expected!.result);
      } else {
        expect(response.error).toStrictEqual(PARSED_ERRORS[fixture.name]);
      }
    });
  }

  it('has a success response for every request, and every expected response is a fixture', () => {
    const successes = responses.filter((f) => (f.message as { success: boolean }).success);
    expect(new Set(successes.map((f) => f.request))).toStrictEqual(new Set(Object.keys(RESULT_SCHEMAS)));
    expect(successes.map((f) => f.name).sort()).toStrictEqual(Object.keys(PARSED_RESULTS).sort());
    const failures = responses.filter((f) => !(f.message as { success: boolean }).success);
    expect(failures.map((f) => f.name).sort()).toStrictEqual(Object.keys(PARSED_ERRORS).sort());
  });

  it('keeps the queue id of a queued event, which the page acknowledges with ackInbound', () => {
    const queued = valid.find((f) => f.name === 'sms-received');
    expect(v.parse(BridgeEvent, queued?.message)).toMatchObject({ event: 'sms-received', queueId: 1 });
  });

  it('reads capabilities without smsPermissions (an older wrapper) and refuses an unknown state', () => {
    const capabilities = valid.find((f) => f.name === 'capabilities result')!.message as { result: object };
    const { smsPermissions: _, ...older } = capabilities.result as { smsPermissions: string };
    expect(v.safeParse(RESULT_SCHEMAS.capabilities, older).success).toBe(true);
    const unknown = { ...capabilities.result, smsPermissions: 'blocked' };
    expect(v.safeParse(RESULT_SCHEMAS.capabilities, unknown).success).toBe(false);
  });

  for (const fixture of invalid) {
    it(`refuses ${fixture.name} with ${fixture.code}`, () => {
      expect(parseBridgeRequest(fixture.raw)).toMatchObject({ ok: false, code: fixture.code });
    });
  }
});
