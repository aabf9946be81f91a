import { type CountryCode, isSupportedCountry } from 'libphonenumber-js';

/**
 * The region of the browser's languages (en-GB → GB), undefined when none names a region. On the
 * phone, numbers typed without a country code are local to it; on the computer, which the phone
 * tells no region, numbers of it are shown the national way (`displayAddress`).
 */
export function defaultCountry(
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): CountryCode | undefined {
  for (const language of languages) {
    const region = language.split('-')[1]?.toUpperCase();
    if (region && isSupportedCountry(region)) return region;
  }
  return undefined;
}
