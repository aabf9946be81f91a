import { countryNameIn } from '@core/address/country-name';
import { whenFormatter } from '@web/format-when';
import type { CountryCode } from 'libphonenumber-js';
import { locale, t } from './translate';

// Intl formatters in the chosen language, made on first use: the language is set after modules load.
const made = new Map<string, unknown>();

function once<T>(name: string, make: (locale: string) => T): T {
  const key = `${name} ${locale()}`;
  if (!made.has(key)) made.set(key, make(locale()));
  return made.get(key) as T;
}

/** 09:41 */
export function formatTime(date: number): string {
  return once('time', (l) => new Intl.DateTimeFormat(l, { hour: '2-digit', minute: '2-digit' })).format(date);
}

/** 7 Dec, 09:41: tells apart two computers of the same name by when each was paired. */
export function formatDayTime(date: number): string {
  const options = { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' } as const;
  return once('day-time', (l) => new Intl.DateTimeFormat(l, options)).format(date);
}

/** The date alone, the short way of the language. */
export function formatDate(date: number): string {
  return once('date', (l) => new Intl.DateTimeFormat(l)).format(date);
}

/** Today's texts by time, older ones by date (web/format-when.ts). */
export function formatWhen(date: number, now?: number): string {
  return once('when', whenFormatter)(date, now);
}

/** 'FR' → 'France' / '法国'. */
export function countryName(code: CountryCode): string {
  return once('country', countryNameIn)(code);
}

/** A, B, C in the language's own way (a comma in English, 、 in Chinese). */
export function listOf(items: readonly string[]): string {
  return items.join(t('list.separator'));
}
