import { describe, expect, it } from 'vitest';
import { costlyNumberReason as unbrokenReason } from './costly-number';
import { normalizeAddress } from './normalize-address';

/** The reason with the number's no-break spaces as plain ones, to compare. */
const costlyNumberReason = (...args: Parameters<typeof unbrokenReason>) =>
  unbrokenReason(...args)?.replace(/\u00a0/g, ' ');

describe('costlyNumberReason', () => {
  it('flags short codes', () => {
    expect(costlyNumberReason('84222')).toMatch(/short code/);
  });

  it('flags premium-rate numbers in several countries', () => {
    for (const n of ['+449098790000', '+19005550123', '+33899123456']) {
      expect(costlyNumberReason(n)).toMatch(/premium-rate/);
    }
  });

  it('lets ordinary mobile and landline numbers through', () => {
    for (const n of ['+447911123456', '+12015550123', '+33612345678', '+442079460000']) {
      expect(costlyNumberReason(n)).toBeUndefined();
    }
  });

  it('flags satellite phones by calling code (+881 GMSS, +870 Inmarsat), which the metadata calls MOBILE', () => {
    const shown = {
      '+881612345678': '+881 6 123 45678',
      '+881123456789': '+881 1 234 56789',
      '+870773111632': '+870 773 111 632',
    };
    for (const [n, as] of Object.entries(shown)) {
      expect(costlyNumberReason(n)).toBe(
        `${as} is a satellite phone number: texts to it can cost much more.`,
      );
    }
  });

  it('flags international networks (+882, +883) before the VoIP type the metadata gives them', () => {
    const shown = {
      '+88213001234': '+882 13 00 1234',
      '+8823421234': '+882 34 21234',
      '+883510012345': '+883 510 012 345',
    };
    for (const [n, as] of Object.entries(shown)) {
      expect(costlyNumberReason(n)).toBe(
        `${as} is an international network number: texts to it can cost much more.`,
      );
    }
  });

  it('flags UK personal numbers (070) and VoIP numbers (UK 056)', () => {
    expect(costlyNumberReason('+447011234567')).toBe(
      '+44 70 1123 4567 is a personal number, which forwards to another phone: texts to it can be charged extra.',
    );
    expect(costlyNumberReason('+445612345678')).toBe(
      '+44 56 1234 5678 is an internet (VoIP) number: texts to it can be charged extra.',
    );
  });

  it('holds other NANP regions for a US user, though they share +1', () => {
    const home = { homeCountries: ['US'] as const };
    expect(costlyNumberReason('+12684641234', home)).toBe(
      '+1 268 464 1234 is in Antigua & Barbuda, outside the countries you text (United States): texts abroad can cost extra.',
    );
    expect(costlyNumberReason('+18092345678', home)).toMatch(
      /^\+1 809 234 5678 is in Dominican Republic, outside/,
    );
    expect(costlyNumberReason('+18762101234', home)).toMatch(/^\+1 876 210 1234 is in Jamaica, outside/);
    expect(costlyNumberReason('+18762101234', { homeCountries: ['GB'] })).toBe(
      '+1 876 210 1234 is in Jamaica, outside the countries you text (United Kingdom): texts abroad can cost extra.',
    );
    expect(costlyNumberReason('+14165550123', home)).toMatch(/^\+1 416 555 0123 is in Canada, outside/);
  });

  it('lets home NANP regions through', () => {
    expect(costlyNumberReason('+12015550123', { homeCountries: ['US'] })).toBeUndefined();
    expect(costlyNumberReason('+14155552671', { homeCountries: ['US'] })).toBeUndefined();
    expect(costlyNumberReason('+14165550123', { homeCountries: ['US', 'CA'] })).toBeUndefined();
    expect(costlyNumberReason('+15062345678', { homeCountries: ['US', 'CA'] })).toBeUndefined();
  });

  it('outside +1, counts every region of a home calling code as home', () => {
    expect(costlyNumberReason('+33612345678', { homeCountries: ['GB'] })).toBe(
      '+33 6 12 34 56 78 is in France, outside the countries you text (United Kingdom): texts abroad can cost extra.',
    );
    expect(costlyNumberReason('+33612345678', { homeCountries: ['GB', 'FR'] })).toBeUndefined();
    // The metadata places +447911123456 in Guernsey (GG), which shares +44 with GB.
    expect(costlyNumberReason('+447911123456', { homeCountries: ['GB'] })).toBeUndefined();
    expect(costlyNumberReason('+447400123456', { homeCountries: ['GB'] })).toBeUndefined();
    expect(costlyNumberReason('+12015550123', { homeCountries: ['GB'] })).toMatch(
      /is in United States, outside/,
    );
  });

  it('gives the specific reason before the international one', () => {
    const home = { homeCountries: ['GB'] as const };
    expect(costlyNumberReason('+881612345678', home)).toMatch(/satellite/);
    expect(costlyNumberReason('+883510012345', home)).toMatch(/international network/);
    expect(costlyNumberReason('+33899123456', home)).toMatch(/premium-rate/);
    expect(costlyNumberReason('84222', home)).toMatch(/short code/);
  });

  it('makes no international check without home countries', () => {
    expect(costlyNumberReason('+18762101234')).toBeUndefined();
    expect(costlyNumberReason('+18762101234', {})).toBeUndefined();
    expect(costlyNumberReason('+18762101234', { homeCountries: [] })).toBeUndefined();
  });

  it('classifies fullwidth and Arabic-Indic input once normalized', () => {
    const reason = (typed: string) => {
      const result = normalizeAddress(typed);
      if (!result.ok) throw new Error(result.error);
      return [result.address, costlyNumberReason(result.address, { homeCountries: ['GB'] })];
    };
    expect(reason('＋４４７９１１１２３４５６')).toEqual(['+447911123456', undefined]);
    expect(reason('+٤٤٧٩١١١٢٣٤٥٦')).toEqual(['+447911123456', undefined]);
    expect(reason('+۴۴۹۰۹۸۷۹۰۰۰۰')).toEqual(['+449098790000', '+44 909 879 0000 is a premium-rate number.']);
    expect(reason('＋８８１\u3000６１２\u3000３４５６７８')[1]).toMatch(
      /^\+881 6 123 45678 is a satellite phone/,
    );
    expect(reason('＋１（８７６）２１０－１２３４')[1]).toMatch(/^\+1 876 210 1234 is in Jamaica, outside/);
    expect(reason('８４２２２')).toEqual([
      '84222',
      '84222 is a short code: texts to it can be charged extra.',
    ]);
  });

  it('names the number as displayAddress shows it for the region, its spaces unbroken', () => {
    expect(unbrokenReason('+447011234567', { region: 'GB' })).toBe(
      '070\u00a01123\u00a04567 is a personal number, which forwards to another phone: texts to it can be charged extra.',
    );
    expect(costlyNumberReason('+33612345678', { homeCountries: ['GB'], region: 'GB' })).toMatch(
      /^\+33 6 12 34 56 78 is in France/,
    );
    expect(costlyNumberReason('+12684641234', { homeCountries: ['US'], region: 'US' })).toMatch(
      /^\+1 268 464 1234 is in Antigua/,
    );
  });
});
