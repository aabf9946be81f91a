// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { maybePart, mount, part, until } from '@web/component-fixture';
import { afterEach, describe, expect, it } from 'vitest';
import { PhoneDb } from '../db/phone-db';
import './pt-guard-settings';

const newDb = () => new PhoneDb(`guards-${Math.random()}`);

/** The settings once the stored (or default) limits are on screen. */
async function settings(db: PhoneDb) {
  const element = await mount('pt-guard-settings', { db });
  await until(() => maybePart(element, 'guard-settings') !== undefined, 'the limits');
  return element;
}

const shown = (element: Element) => ({
  perTenMinutes: part<HTMLInputElement>(element, 'guard-per-window').value,
  perDay: part<HTMLInputElement>(element, 'guard-per-day').value,
});

const status = (element: Element) => element.shadowRoot!.querySelector('[role="status"]');

function save(
  element: Element,
  perTenMinutes: string,
  perDay: string,
  more: { total?: string; countries?: string } = {},
): void {
  part<HTMLInputElement>(element, 'guard-per-window').value = perTenMinutes;
  part<HTMLInputElement>(element, 'guard-per-day').value = perDay;
  if (more.total !== undefined) part<HTMLInputElement>(element, 'guard-total-per-day').value = more.total;
  if (more.countries !== undefined) part<HTMLInputElement>(element, 'guard-countries').value = more.countries;
  part(element, 'guard-save').click();
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('pt-guard-settings', () => {
  it('shows the default limits until the person sets their own', async () => {
    const element = await settings(newDb());
    expect(shown(element)).toEqual({ perTenMinutes: '30', perDay: '200' });
  });

  it('shows the stored limits, and follows a change made elsewhere', async () => {
    const db = newDb();
    await db.settings.put({ key: 'guards', perTenMinutes: 5, perDay: 50 });
    const element = await settings(db);
    await until(() => shown(element).perDay === '50', 'the stored limits');
    expect(shown(element)).toEqual({ perTenMinutes: '5', perDay: '50' });
    await db.settings.put({ key: 'guards', perTenMinutes: 7, perDay: 70 });
    await until(() => shown(element).perDay === '70', 'the new limits');
    expect(shown(element).perTenMinutes).toBe('7');
  });

  it('stores new limits, which apply to the next text', async () => {
    const db = newDb();
    const element = await settings(db);
    save(element, '0', '345');
    await until(() => status(element)?.classList.contains('error') === true, 'the refusal');
    save(element, '12', '345', { total: '400', countries: 'gb, FR  gb' });
    await until(() => status(element)?.textContent?.startsWith('Saved') === true, 'the saved note');
    expect(status(element)?.textContent).toBe('Saved. The new limits apply to the next text.');
    expect(status(element)?.classList.contains('error')).toBe(false);
    expect(await db.settings.get('guards')).toEqual({
      key: 'guards',
      perTenMinutes: 12,
      perDay: 345,
      totalPerDay: 400,
      countries: ['GB', 'FR'],
    });
    await until(
      () => part(element, 'guard-countries-names').textContent?.includes('France') === true,
      'the names',
    );
    expect(part(element, 'guard-countries-names').textContent).toBe(
      'Texts to other countries wait for your OK: United Kingdom, France only.',
    );
  });

  it("shows the phone's own country until the person sets theirs, and the all-computers limit", async () => {
    const element = await settings(newDb());
    const country = navigator.languages.map((l) => l.split('-')[1]).find(Boolean);
    expect(part<HTMLInputElement>(element, 'guard-countries').value).toBe(country ?? '');
    expect(part<HTMLInputElement>(element, 'guard-total-per-day').value).toBe('300');
  });

  for (const [countries, error] of [
    ['', 'Enter at least one country, as a two-letter code such as GB.'],
    ['GB, XX', '"XX" is not a country code: use two letters, such as GB or FR.'],
    ['United Kingdom', '"UNITED" is not a country code: use two letters, such as GB or FR.'],
  ] as const) {
    it(`refuses the countries "${countries}", storing nothing`, async () => {
      const db = newDb();
      await db.settings.put({ key: 'guards', perTenMinutes: 5, perDay: 50 });
      const element = await settings(db);
      save(element, '5', '50', { countries });
      await until(() => status(element) !== null, 'the refusal');
      expect(status(element)?.textContent).toBe(error);
      expect(await db.settings.get('guards')).toEqual({ key: 'guards', perTenMinutes: 5, perDay: 50 });
    });
  }

  for (const [perTenMinutes, perDay] of [
    ['0', '200'],
    ['30', '10001'],
    ['2.5', '200'],
    ['30', ''],
  ] as const) {
    it(`refuses ${perTenMinutes || 'nothing'} per 10 minutes and ${perDay || 'nothing'} per day, storing nothing`, async () => {
      const db = newDb();
      await db.settings.put({ key: 'guards', perTenMinutes: 5, perDay: 50 });
      const element = await settings(db);
      save(element, perTenMinutes, perDay);
      await until(() => status(element) !== null, 'the refusal');
      expect(status(element)?.textContent).toBe('Each limit is a whole number from 1 to 10000.');
      expect(status(element)?.classList.contains('error')).toBe(true);
      expect(await db.settings.get('guards')).toEqual({ key: 'guards', perTenMinutes: 5, perDay: 50 });
    });
  }

  it('takes the highest limit there is', async () => {
    const db = newDb();
    const element = await settings(db);
    save(element, '10000', '10000');
    await until(() => status(element) !== null, 'the saved note');
    expect(await db.settings.get('guards')).toMatchObject({ perTenMinutes: 10_000, perDay: 10_000 });
  });
});
