import { type CountryCode, isSupportedCountry } from 'libphonenumber-js';

/** Numbers typed without a country code are read as local to the phone's language region (en-GB → GB). */
export function defaultCountry(languages: readonly string[] = navigator.languages): CountryCode | undefined {
  for (const language of languages) {
    const region = language.split('-')[1]?.toUpperCase();
    if (region && isSupportedCountry(region)) return region;
  }
  return undefined;
}
