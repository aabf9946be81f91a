import { describe, expect, it } from 'vitest';
import { displayAddress } from './display-address';

describe('displayAddress', () => {
  it('spaces an E.164 number the international way, and leaves other senders alone', () => {
    expect(displayAddress('+447911123456')).toBe('+44 7911 123456');
    expect(displayAddress('+12015550123')).toBe('+1 201 555 0123');
    expect(displayAddress('BANK')).toBe('BANK');
    expect(displayAddress('84222')).toBe('84222');
  });
});
