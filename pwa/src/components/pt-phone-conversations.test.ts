// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import type { ThreadSummary } from '@core/sync/fold-threads';
import { allParts, mount, part, until } from '@web/component-fixture';
import { afterEach, describe, expect, it } from 'vitest';
import { PhoneDb } from '../db/phone-db';
import './pt-phone-conversations';
import './pt-phone-thread';

const thread = (address: string, more: Partial<ThreadSummary & { name: string }> = {}) => ({
  address,
  lastDate: 1_000,
  lastBody: 'Hi',
  lastDirection: 'in' as const,
  unread: 0,
  ...more,
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('pt-phone-conversations', () => {
  it('names conversations by contact, else by number as the phone shows numbers everywhere', async () => {
    const list = await mount('pt-phone-conversations', {
      region: 'GB',
      threads: [
        thread('+447911123456'),
        thread('+33612345678'),
        thread('+447700900123', { name: 'Bob Example' }),
        thread('BANK'),
      ],
    });
    const names = allParts(list, 'phone-conversation-name');
    expect(names.map((n) => n.textContent?.trim())).toEqual([
      '07911 123456',
      '+33 6 12 34 56 78',
      'Bob Example',
      'BANK',
    ]);
    expect(names.map((n) => n.querySelector('.tel') !== null)).toEqual([true, true, false, true]);
  });

  it('shows every number the international way while the region is unknown', async () => {
    const list = await mount('pt-phone-conversations', { threads: [thread('+447911123456')] });
    expect(part(list, 'phone-conversation-name').textContent?.trim()).toBe('+44 7911 123456');
  });
});

describe('pt-phone-thread', () => {
  it('heads the thread with its number, national for the phone’s region, on one line', async () => {
    const db = new PhoneDb(`thread-${Math.random()}`);
    const view = await mount('pt-phone-thread', { db, address: '+447911123456', region: 'GB' });
    const heading = part(view, 'phone-thread-address');
    expect(heading.textContent).toBe('07911 123456');
    expect(heading.classList.contains('tel')).toBe(true);
    view.region = 'US';
    await until(() => heading.textContent === '+44 7911 123456', 'the number from abroad');
  });
});
