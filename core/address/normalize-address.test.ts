import { describe, expect, it } from 'vitest';
import { normalizeAddress, normalizeRecipient } from './normalize-address';

describe('normalizeAddress', () => {
  it('formats international numbers as E.164', () => {
    expect(normalizeAddress('+44 7911 123456')).toEqual({ ok: true, address: '+447911123456' });
    expect(normalizeAddress('+1 (415) 555-2671')).toEqual({ ok: true, address: '+14155552671' });
  });

  it('uses the default country for national numbers', () => {
    expect(normalizeAddress('07911 123456', 'GB')).toEqual({ ok: true, address: '+447911123456' });
  });

  it('keeps short codes and alphanumeric senders as they are', () => {
    expect(normalizeAddress('82345')).toEqual({ ok: true, address: '82345' });
    expect(normalizeAddress('MyBank')).toEqual({ ok: true, address: 'MyBank' });
  });

  it('refuses what is not a number', () => {
    expect(normalizeAddress('').ok).toBe(false);
    expect(normalizeAddress('+1 234').ok).toBe(false);
    expect(normalizeAddress('12;drop').ok).toBe(false);
  });

  it('refuses alphanumeric recipients', () => {
    const result = normalizeRecipient('hello');
    expect(result).toEqual({ ok: false, error: '"hello" is not a phone number.' });
  });
});

describe('normalizeAddress with look-alike digits', () => {
  it('folds fullwidth digits and punctuation before any check', () => {
    expect(normalizeAddress('＋４４７９１１１２３４５６')).toEqual({ ok: true, address: '+447911123456' });
    expect(normalizeAddress('＋１\u3000（４１５）\u3000５５５－２６７１')).toEqual({
      ok: true,
      address: '+14155552671',
    });
    expect(normalizeAddress('０７９１１．１２３４５６', 'GB')).toEqual({
      ok: true,
      address: '+447911123456',
    });
  });

  it('folds Arabic-Indic and Persian digits', () => {
    expect(normalizeAddress('+٤٤٧٩١١١٢٣٤٥٦')).toEqual({ ok: true, address: '+447911123456' });
    expect(normalizeAddress('+۴۴۷۹۱۱۱۲۳۴۵۶')).toEqual({ ok: true, address: '+447911123456' });
  });

  it('keeps folded short codes as short codes and refuses folded non-numbers', () => {
    expect(normalizeAddress('８２３４５')).toEqual({ ok: true, address: '82345' });
    expect(normalizeAddress('٨٢٣٤٥')).toEqual({ ok: true, address: '82345' });
    expect(normalizeAddress('＋１ ２３４')).toEqual({
      ok: false,
      error: '"+1 234" is not a valid phone number.',
    });
    expect(normalizeRecipient('＋４４７９１１１２３４５６')).toEqual({ ok: true, address: '+447911123456' });
  });
});
