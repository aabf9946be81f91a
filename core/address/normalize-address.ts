import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import { foldDigits } from './fold-digits';

export type AddressResult = { ok: true; address: string } | { ok: false; error: string };

const SHORT_CODE = /^\d{3,8}$/;
const ALPHANUMERIC_SENDER = /^(?=.*[A-Za-z])[A-Za-z0-9 ._-]{2,11}$/;

/**
 * Turns what a person typed into the address a thread is keyed by: E.164 for phone numbers
 * (the phone's country as default), short codes and alphanumeric senders kept as they are.
 * Fullwidth and Arabic-Indic digits are folded to ASCII first (see `foldDigits`), so no check after
 * this sees a number that looks like another.
 */
export function normalizeAddress(input: string, defaultCountry?: CountryCode): AddressResult {
  const raw = foldDigits(input).trim();
  if (raw === '') return { ok: false, error: 'Enter a phone number.' };
  if (SHORT_CODE.test(raw)) return { ok: true, address: raw };
  if (/[A-Za-z]/.test(raw)) {
    return ALPHANUMERIC_SENDER.test(raw)
      ? { ok: true, address: raw }
      : { ok: false, error: `"${raw}" is not a phone number.` };
  }
  if (!/^[+\d\s().-]+$/.test(raw)) return { ok: false, error: `"${raw}" is not a phone number.` };
  const parsed = parsePhoneNumberFromString(raw, defaultCountry);
  if (!parsed?.isValid()) {
    return {
      ok: false,
      error:
        raw.startsWith('+') || defaultCountry
          ? `"${raw}" is not a valid phone number.`
          : `"${raw}" is not a valid phone number: use the international form, e.g. +44 7911 123456.`,
    };
  }
  return { ok: true, address: parsed.number };
}

/** For recipients the person types: alphanumeric senders can receive nothing, so refuse them. */
export function normalizeRecipient(input: string, defaultCountry?: CountryCode): AddressResult {
  const raw = input.trim();
  if (/[A-Za-z]/.test(raw)) return { ok: false, error: `"${raw}" is not a phone number.` };
  return normalizeAddress(raw, defaultCountry);
}
