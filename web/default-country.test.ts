import { describe, expect, it } from 'vitest';
import { defaultCountry } from './default-country';

describe('defaultCountry', () => {
  it('takes the first supported region from the phone languages', () => {
    expect(defaultCountry(['en', 'en-GB', 'de-DE'])).toBe('GB');
    expect(defaultCountry(['fr', 'xx-ZZ'])).toBeUndefined();
  });
});
