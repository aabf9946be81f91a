import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BridgeEvent, BridgeResponse, RESULT_SCHEMAS } from './bridge-contract';
import invalid from './fixtures/invalid.json';
import valid from './fixtures/valid.json';
import { parseBridgeRequest } from './parse-bridge-request';

describe('bridge contract fixtures (shared with android/ JVM tests)', () => {
  for (const fixture of valid) {
    it(`accepts ${fixture.name}`, () => {
      if (fixture.kind === 'request') {
        expect(parseBridgeRequest(JSON.stringify(fixture.message))).toMatchObject({ ok: true });
      } else if (fixture.kind === 'event') {
        expect(v.safeParse(BridgeEvent, fixture.message).success).toBe(true);
      } else {
        const response = v.parse(BridgeResponse, fixture.message);
        if (response.success) {
          const schema = RESULT_SCHEMAS[fixture.request as keyof typeof RESULT_SCHEMAS];
          expect(v.safeParse(schema, response.result).success).toBe(true);
        }
      }
    });
  }

  it('keeps the queue id of a queued event, which the page acknowledges with ackInbound', () => {
    const queued = valid.find((f) => f.name === 'sms-received');
    expect(v.parse(BridgeEvent, queued?.message)).toMatchObject({ event: 'sms-received', queueId: 1 });
  });

  for (const fixture of invalid) {
    it(`refuses ${fixture.name} with ${fixture.code}`, () => {
      expect(parseBridgeRequest(fixture.raw)).toMatchObject({ ok: false, code: fixture.code });
    });
  }
});
