import { en } from './en';
import { chooseLanguage, formatLocale, type Language } from './language';
import { t, useCatalogue } from './translate';

/**
 * Chooses the language once, before anything is shown: the Chinese catalogue is loaded only for those
 * who read it. The page's `lang` and description follow, so the browser and screen readers know too.
 */
export async function startLanguage(
  languages: readonly string[] = navigator.languages?.length ? navigator.languages : [navigator.language],
  doc: Document = document,
): Promise<Language> {
  const language = chooseLanguage(languages);
  const catalogue = language === 'zh-CN' ? (await import('./zh-CN')).zhCN : en;
  useCatalogue(language, formatLocale(language, languages), catalogue);
  doc.documentElement.lang = language;
  doc.querySelector('meta[name="description"]')?.setAttribute('content', t('app.description'));
  return language;
}
