import {
  type CountryCode,
  getCountryCallingCode,
  isSupportedCountry,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import { countryName } from './country-name';

/**
 * Why this number is abroad for someone who texts within `homeCountries`, or undefined if it is at
 * home, naming it as `shown` (`displayAddress`). Regions sharing a calling code count as one (+44
 * covers GB, GG, JE and IM: the metadata calls +447911123456 GG), except in the North American Numbering Plan (+1), where each region bills
 * as a country of its own: for a US user, +1 876 (Jamaica) is abroad.
 */
export function foreignNumberReason(
  number: PhoneNumber,
  homeCountries: readonly CountryCode[],
  shown: string,
): string | undefined {
  const homes = homeCountries.filter((c) => isSupportedCountry(c));
  if (homes.length === 0) return undefined;
  const region = number.country;
  const home =
    number.countryCallingCode === '1'
      ? region !== undefined && homes.includes(region)
      : homes.some((c) => getCountryCallingCode(c) === number.countryCallingCode);
  if (home) return undefined;
  const yours = homes.map(countryName).join(', ');
  const where = region ? `is in ${countryName(region)}, outside` : 'is outside';
  return `${shown} ${where} the countries you text (${yours}): texts abroad can cost extra.`;
}
