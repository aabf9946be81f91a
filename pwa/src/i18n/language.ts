/** The languages the phone app has a catalogue for. */
export type Language = 'en' | 'zh-CN';

/** Chinese tags written in Simplified characters: zh alone is taken to mean it too. */
const SIMPLIFIED = /^zh(-(cn|hans|sg)(-|$)|$)/;

/**
 * The first of the person's languages (navigator.languages) that the app has; English when none is.
 * Traditional Chinese (zh-TW, zh-HK, zh-Hant) is not one of them: the next language is tried.
 */
export function chooseLanguage(languages: readonly string[]): Language {
  for (const tag of languages) {
    const lower = tag.toLowerCase();
    if (SIMPLIFIED.test(lower)) return 'zh-CN';
    if (lower === 'en' || lower.startsWith('en-')) return 'en';
  }
  return 'en';
}

/**
 * The locale dates, times and country names are written in: the chosen language, with the person's
 * own English region when it is English (en-GB keeps its 24-hour clock).
 */
export function formatLocale(language: Language, languages: readonly string[]): string {
  if (language === 'zh-CN') return 'zh-CN';
  return languages.find((tag) => /^en(-|$)/i.test(tag)) ?? 'en';
}
