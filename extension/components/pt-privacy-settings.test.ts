// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { mount, part, until } from '@web/component-fixture';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../lib/extension-db';
import { readKv } from '../lib/kv';
import './pt-privacy-settings';

const DAY = 24 * 60 * 60 * 1000;

function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

beforeEach(async () => {
  await Promise.all([db.kv.clear(), db.messages.clear(), db.threads.clear()]);
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('pt-privacy-settings', () => {
  it('keeps texts forever until a number of days is chosen, then removes the older ones at once', async () => {
    await db.messages.bulkPut([
      { id: 'old', address: '+447911000001', direction: 'in', body: 'old', date: Date.now() - 40 * DAY },
      { id: 'new', address: '+447911000001', direction: 'in', body: 'new', date: Date.now() - DAY },
    ]);
    const settings = await mount('pt-privacy-settings');
    const select = part<HTMLSelectElement>(settings, 'keep-texts');
    expect(select.value).toBe('');
    choose(select, '30');
    await until(() => settings.shadowRoot!.textContent!.includes('Removed 1 older text'), 'the prune');
    expect(await readKv('keepTextsDays')).toBe(30);
    expect((await db.messages.toArray()).map((m) => m.id)).toEqual(['new']);
    choose(select, '');
    await until(async () => (await readKv('keepTextsDays')) === undefined, 'forever again');
  });

  it('shows texts in notifications until the person turns it off', async () => {
    const settings = await mount('pt-privacy-settings');
    const box = part<HTMLInputElement>(settings, 'notification-text');
    await until(() => box.checked, 'shown by default');
    box.checked = false;
    box.dispatchEvent(new Event('change'));
    await until(async () => (await readKv('notificationText')) === false, 'the setting stored');
  });
});
