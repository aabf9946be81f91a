import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** How a thread's address is shown: `+44 7911 123456`; short codes and sender names as they are. */
export function displayAddress(address: string): string {
  if (!address.startsWith('+')) return address;
  return parsePhoneNumberFromString(address)?.formatInternational() ?? address;
}
