import { describe, expect, it } from 'vitest';
import {
  formatTypedCode,
  isTypedCode,
  normalizeTypedCode,
  randomTypedCodeChars,
  splitTypedCode,
  TYPED_CODE_ALPHABET,
  TYPED_CODE_PATTERN,
} from './typed-code';

describe('typed code', () => {
  it("uses Crockford's base32, and its wire pattern allows exactly those letters", () => {
    expect(TYPED_CODE_ALPHABET).toHaveLength(32);
    expect(new Set(TYPED_CODE_ALPHABET).size).toBe(32);
    for (const c of '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabc-_ ') {
      expect(isTypedCode(`${c}${c}${c}${c}-${c}${c}${c}${c}`), c).toBe(TYPED_CODE_ALPHABET.includes(c));
    }
    expect(TYPED_CODE_PATTERN.source).toBe('^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$');
  });

  it('is two halves of four joined by a hyphen', () => {
    expect(formatTypedCode('ABCD', '2345')).toBe('ABCD-2345');
    expect(splitTypedCode('ABCD-2345')).toEqual({ id: 'ABCD', secret: '2345' });
    expect(isTypedCode('ABCD2345')).toBe(false);
    expect(isTypedCode('abcd-2345')).toBe(false);
    expect(isTypedCode('ABCD-23456')).toBe(false);
  });

  it('accepts what a person types and refuses what cannot be a code', () => {
    expect(normalizeTypedCode('abcd efgh')).toBe('ABCD-EFGH');
    expect(normalizeTypedCode('ABCD-EFGH')).toBe('ABCD-EFGH');
    expect(normalizeTypedCode(' 0123-4567 ')).toBe('0123-4567');
    expect(normalizeTypedCode('ab-cd ef-gh')).toBe('ABCD-EFGH');
    expect(normalizeTypedCode('ABCD-EFG')).toBeUndefined();
    expect(normalizeTypedCode('ABCD-EFGHJ')).toBeUndefined();
    expect(normalizeTypedCode('ILOU-ABCD')).toBeUndefined();
  });

  it('draws random letters from the alphabet only', () => {
    let next = 0;
    const chars = randomTypedCodeChars(40, (n) => next++ % n);
    expect(chars).toHaveLength(40);
    expect(chars.slice(0, 32)).toBe(TYPED_CODE_ALPHABET);
    expect([...chars].every((c) => TYPED_CODE_ALPHABET.includes(c))).toBe(true);
  });
});
