import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * Why texting this normalized address may cost the phone's owner money, or undefined if it looks like
 * an ordinary number. Short codes are how premium SMS services bill; the full metadata knows which
 * numbering ranges are premium-rate or shared-cost.
 */
export function costlyNumberReason(address: string): string | undefined {
  if (/^\d{3,8}$/.test(address)) return `${address} is a short code: texts to it can be charged extra.`;
  const type = parsePhoneNumberFromString(address)?.getType();
  if (type === 'PREMIUM_RATE') return `${address} is a premium-rate number.`;
  if (type === 'SHARED_COST') return `${address} is a shared-cost number: texts to it can be charged extra.`;
  return undefined;
}
