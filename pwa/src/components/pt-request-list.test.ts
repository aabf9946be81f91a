// @vitest-environment happy-dom
import { costlyNumberReason } from '@core/address/costly-number';
import { allParts, mount, part } from '@web/component-fixture';
import { afterEach, describe, expect, it } from 'vitest';
import type { SendRequest } from '../db/phone-db';
import './pt-request-list';

const request = (msgId: string, to: string, more: Partial<SendRequest> = {}): SendRequest => ({
  msgId,
  computerPeerId: 'pt-laptop',
  to,
  body: 'Hello',
  state: 'delivered',
  dispatch: 'started',
  parts: [],
  createdAt: 1_000,
  updatedAt: 1_000,
  ...more,
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('pt-request-list', () => {
  it('names each recipient the national way for the phone’s region, others international, short codes as they are', async () => {
    const list = await mount('pt-request-list', {
      region: 'GB',
      requests: [request('a', '+447911123456'), request('b', '+33612345678'), request('c', '84222')],
    });
    const to = allParts(list, 'request-to');
    expect(to.map((n) => n.textContent)).toEqual(['07911 123456', '+33 6 12 34 56 78', '84222']);
    // The card's number never wraps: the shared .tel class (white-space: nowrap) is on each one.
    expect(to.every((n) => n.classList.contains('tel'))).toBe(true);
  });

  it('shows a held text’s reason with the number as the card names it, unbroken', async () => {
    const reason = `Confirm on the phone: ${costlyNumberReason('+33612345678', { homeCountries: ['GB'], region: 'GB' })}`;
    const list = await mount('pt-request-list', {
      region: 'GB',
      requests: [request('a', '+33612345678', { state: 'on-phone', dispatch: 'held', reason })],
    });
    expect(part(list, 'request-to').textContent).toBe('+33 6 12 34 56 78');
    const shown = part(list, 'request-reason').textContent ?? '';
    expect(shown).toContain('+33\u00a06\u00a012\u00a034\u00a056\u00a078 is in France');
    expect(shown.replace(/\u00a0/g, ' ')).toContain(part(list, 'request-to').textContent);
  });
});
