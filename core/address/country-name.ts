import type { CountryCode } from 'libphonenumber-js';

// Apart from foreign-number.ts, so a screen that names countries loads no phone-number metadata.
let names: Intl.DisplayNames | null | undefined;

/** 'JM' → 'Jamaica' where the runtime has Intl.DisplayNames, else the code itself. */
export function countryName(code: CountryCode): string {
  if (names === undefined) {
    names =
      typeof Intl !== 'undefined' && Intl.DisplayNames
        ? new Intl.DisplayNames(['en'], { type: 'region' })
        : null;
  }
  return names?.of(code) ?? code;
}
