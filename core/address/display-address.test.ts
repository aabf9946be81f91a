import { describe, expect, it } from 'vitest';
import { displayAddress, unbroken } from './display-address';

describe('displayAddress', () => {
  it('shows a number of the person’s own country the national way', () => {
    expect(displayAddress('+447911123456', 'GB')).toBe('07911 123456');
    expect(displayAddress('+12015550123', 'US')).toBe('(201) 555-0123');
  });

  it('counts regions sharing a calling code as one (+447911 is GG in the metadata)', () => {
    expect(displayAddress('+447911123456', 'JE')).toBe('07911 123456');
  });

  it('shows a number of another country the international way', () => {
    expect(displayAddress('+33612345678', 'GB')).toBe('+33 6 12 34 56 78');
    expect(displayAddress('+447911123456', 'FR')).toBe('+44 7911 123456');
  });

  it('treats each North American region as a country of its own', () => {
    expect(displayAddress('+12685551234', 'US')).toBe('+1 268 555 1234');
    expect(displayAddress('+12685551234', 'AG')).toBe('(268) 555-1234');
  });

  it('shows every number the international way when the region is unknown', () => {
    expect(displayAddress('+447911123456', undefined)).toBe('+44 7911 123456');
    expect(displayAddress('+12015550123', undefined)).toBe('+1 201 555 0123');
  });

  it('leaves sender names, short codes and what is not a number as they are', () => {
    expect(displayAddress('BANK', 'GB')).toBe('BANK');
    expect(displayAddress('84222', 'GB')).toBe('84222');
    expect(displayAddress('+44', 'GB')).toBe('+44');
    expect(displayAddress('', 'GB')).toBe('');
  });

  it('reads Arabic-Indic, Persian and fullwidth digits as fold-digits does', () => {
    expect(displayAddress('+٤٤٧٩١١١٢٣٤٥٦', 'GB')).toBe('07911 123456');
    expect(displayAddress('+۳۳۶۱۲۳۴۵۶۷۸', 'GB')).toBe('+33 6 12 34 56 78');
    expect(displayAddress('＋４４７９１１１２３４５６', 'FR')).toBe('+44 7911 123456');
    expect(displayAddress('٨٤٢٢٢', 'GB')).toBe('٨٤٢٢٢');
  });

  it('keeps a number in running text on one line', () => {
    expect(unbroken(displayAddress('+33612345678', 'GB'))).toBe('+33\u00a06\u00a012\u00a034\u00a056\u00a078');
  });
});
