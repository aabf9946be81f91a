import { describe, expect, it } from 'vitest';
import { costlyNumberReason } from './costly-number';

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
});
