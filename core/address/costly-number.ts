import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { displayAddress, unbroken } from './display-address';
import { foldDigits } from './fold-digits';
import { foreignNumberReason } from './foreign-number';

export interface CostlyNumberOptions {
  /** Countries the phone's owner texts as home; any other region is held as international. */
  homeCountries?: readonly CountryCode[];
  /** Whose national format the number is given in (`displayAddress`); without it, international. */
  region?: CountryCode | undefined;
}

/** Non-geographic calling codes matched by prefix: the metadata types them MOBILE or VOIP, with no country. */
const SATELLITE = ['870', '881'];
const INTERNATIONAL_NETWORK = ['882', '883'];

/**
 * Why texting this normalized address may cost the phone's owner money, or undefined if it looks like
 * an ordinary number. Short codes are how premium SMS services bill; the full metadata knows which
 * numbering ranges are premium-rate, shared-cost, personal (UK 070) or VoIP. Satellite (+870 Inmarsat,
 * +881 GMSS) and international network (+882, +883) numbers are held by calling code. With
 * `homeCountries`, a number outside them is held too, after every more specific reason. The reason
 * names the number as `displayAddress` shows it for `region`, its spaces unbroken.
 */
export function costlyNumberReason(address: string, options: CostlyNumberOptions = {}): string | undefined {
  const folded = foldDigits(address.trim());
  if (/^\d{3,8}$/.test(folded)) return `${folded} is a short code: texts to it can be charged extra.`;
  const number = parsePhoneNumberFromString(folded);
  if (!number) return undefined;
  const shown = unbroken(displayAddress(number.number, options.region));
  const type = number.getType();
  const callingCode = number.countryCallingCode;
  if (type === 'PREMIUM_RATE') return `${shown} is a premium-rate number.`;
  if (type === 'SHARED_COST') return `${shown} is a shared-cost number: texts to it can be charged extra.`;
  if (SATELLITE.includes(callingCode)) {
    return `${shown} is a satellite phone number: texts to it can cost much more.`;
  }
  if (INTERNATIONAL_NETWORK.includes(callingCode)) {
    return `${shown} is an international network number: texts to it can cost much more.`;
  }
  if (type === 'PERSONAL_NUMBER') {
    return `${shown} is a personal number, which forwards to another phone: texts to it can be charged extra.`;
  }
  if (type === 'VOIP') return `${shown} is an internet (VoIP) number: texts to it can be charged extra.`;
  return options.homeCountries ? foreignNumberReason(number, options.homeCountries, shown) : undefined;
}
