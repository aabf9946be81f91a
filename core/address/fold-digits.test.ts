import { describe, expect, it } from 'vitest';
import { foldDigits } from './fold-digits';

describe('foldDigits', () => {
  it('folds fullwidth digits, plus, parentheses, hyphen, full stop and space', () => {
    expect(foldDigits('＋４４７９１１１２３４５６')).toBe('+447911123456');
    expect(foldDigits('＋１\u3000（４１５）５５５－２６７１．')).toBe('+1 (415)555-2671.');
    expect(foldDigits('０１２３４５６７８９')).toBe('0123456789');
  });

  it('folds Arabic-Indic and Eastern Arabic-Indic (Persian) digits', () => {
    expect(foldDigits('+٤٤٧٩١١١٢٣٤٥٦')).toBe('+447911123456');
    expect(foldDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(foldDigits('+۴۴۷۹۱۱۱۲۳۴۵۶')).toBe('+447911123456');
    expect(foldDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
  });

  it('leaves ASCII and other characters alone', () => {
    expect(foldDigits('+44 (7911) 123-456.')).toBe('+44 (7911) 123-456.');
    expect(foldDigits('MyBank')).toBe('MyBank');
    expect(foldDigits('ＭｙＢａｎｋ')).toBe('ＭｙＢａｎｋ');
    expect(foldDigits('१२३')).toBe('१२३');
  });
});
