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
