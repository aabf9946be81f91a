import {
  type CountryCode,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
} from 'libphonenumber-js';
import { foldDigits } from './fold-digits';

/**
 * How an address is shown to the person, everywhere: a number of their own country (`region`) in its
 * national format (`07911 123456` for GB), any other in the international one (`+33 6 12 34 56 78`);
 * sender names (`BANK`) and short codes as they are. Regions sharing a calling code count as one
 * (+44 covers GB, GG, JE and IM), except in the North American Numbering Plan, where each region
 * dials the others internationally: for US, +1 268 (Antigua) is shown `+1 268 555 1234`. Digits
 * typed in another script (Arabic-Indic, fullwidth) are read as `foldDigits` reads them. Show the
 * result in an element with the shared `number` class, so it never breaks across lines.
 */
export function displayAddress(address: string, region: CountryCode | undefined): string {
  const folded = foldDigits(address.trim());
  if (!folded.startsWith('+')) return address;
  const number = parsePhoneNumberFromString(folded);
  if (!number) return address;
  const home =
    region !== undefined &&
    isSupportedCountry(region) &&
    (number.countryCallingCode === '1'
      ? number.country === region
      : getCountryCallingCode(region) === number.countryCallingCode);
  return home ? number.formatNational() : number.formatInternational();
}

/** `displayAddress` inside running text (a notice, a guard's reason): its spaces never break the line. */
export function unbroken(shown: string): string {
  return shown.replace(/ /g, '\u00a0');
}
