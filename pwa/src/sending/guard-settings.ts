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
