import type { CountryCode } from 'libphonenumber-js';

// Apart from foreign-number.ts, so a screen that names countries loads no phone-number metadata.

/** Country names in `locale` ('JM' → 'Jamaica' in en), or the code itself without Intl.DisplayNames. */
export function countryNameIn(locale: string): (code: CountryCode) => string {
  let names: Intl.DisplayNames | null | undefined;
  return (code) => {
    if (names === undefined) {
      names =
        typeof Intl !== 'undefined' && Intl.DisplayNames
          ? new Intl.DisplayNames([locale], { type: 'region' })
          : null;
    }
    return names?.of(code) ?? code;
  };
}

/** 'JM' → 'Jamaica' where the runtime has Intl.DisplayNames, else the code itself. */
export const countryName: (code: CountryCode) => string = countryNameIn('en');
