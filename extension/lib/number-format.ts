import { lazyModule } from '@web/lazy-module';
import type { CountryCode } from 'libphonenumber-js';

/** How the popup shows a number: `displayAddress` for `region`, by default the browser's. */
export type ShowNumber = (address: string, region?: CountryCode) => string;

/**
 * libphonenumber-js and its metadata arrive after the popup's first paint (the first-load budget in
 * .size-limit.mjs); every popup element shares this one load. The phone reports no region, so numbers
 * of the browser's language region are the national ones.
 */
export const numberFormat = lazyModule(async (): Promise<ShowNumber> => {
  const [{ displayAddress }, { defaultCountry }] = await Promise.all([
    import('@core/address/display-address'),
    import('@web/default-country'),
  ]);
  const browserRegion = defaultCountry();
  return (address, region = browserRegion) => displayAddress(address, region);
});
