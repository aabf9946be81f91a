import type { CountryCode } from 'libphonenumber-js';
import type { PhoneDb } from '../db/phone-db';
import { DEFAULT_GUARDS, type GuardLimits } from './send-guard';

/** The stored limits, with defaults for what was never saved: the countries default to the phone's own. */
export async function readGuardSettings(db: PhoneDb, phoneCountry?: CountryCode): Promise<GuardLimits> {
  const stored = await db.settings.get('guards');
  return {
    ...DEFAULT_GUARDS,
    ...(phoneCountry ? { countries: [phoneCountry] } : {}),
    ...stored,
  };
}

/**
 * Whose national format numbers are shown in on the phone (`displayAddress`): the first country the
 * person texts, else the phone's own language region.
 */
export function homeRegion(
  limits: Pick<GuardLimits, 'countries'>,
  phoneCountry: CountryCode | undefined,
): CountryCode | undefined {
  return limits.countries?.[0] ?? phoneCountry;
}
