import { type Catalogue, en, type MessageKey } from './en';
import type { Language } from './language';

export type Params = Readonly<Record<string, string | number>>;

let current: { language: Language; locale: string; catalogue: Catalogue } = {
  language: 'en',
  locale: 'en',
  catalogue: en,
};
let plurals: Intl.PluralRules | undefined;

/** Set once at start (start-language.ts); until then, and in tests, everything is English. */
export function useCatalogue(language: Language, locale: string, catalogue: Catalogue): void {
  current = { language, locale, catalogue };
  plurals = undefined;
}

export function language(): Language {
  return current.language;
}

/** The locale for Intl: dates, times, lists and country names in the chosen language. */
export function locale(): string {
  return current.locale;
}

/** The sentence for `key`, its {names} replaced by `params`; a plural entry is chosen by `params.count`. */
export function t(key: MessageKey, params: Params = {}): string {
  return template(key, params).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/**
 * Like t(), for a sentence with parts that are markup (a name in bold): the text between them comes
 * back as strings, each {name} as the value given, ready for a Lit template.
 */
export function tParts(key: MessageKey, params: Readonly<Record<string, unknown>>): unknown[] {
  return template(key, {})
    .split(/\{(\w+)\}/g)
    .map((piece, i) => (i % 2 ? params[piece] : piece));
}

function template(key: MessageKey, params: Params): string {
  const message = current.catalogue[key];
  if (typeof message === 'string') return message;
  plurals ??= new Intl.PluralRules(current.locale);
  const count = Number(params['count'] ?? 0);
  return message[plurals.select(count)] ?? message.other;
}
