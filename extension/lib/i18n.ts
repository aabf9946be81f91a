import type { MessageState } from '@core/message/message-state';
import { whenFormatter } from '@web/format-when';
import type { ConnectProblem } from '@web/ice-watch';
import { createI18n } from '@wxt-dev/i18n';
// Generated from extension/locales/en.yml by `wxt prepare` (@wxt-dev/i18n/module): the keys, their substitutions, plurals.
import type { GeneratedI18nStructure } from '../../.wxt/i18n/structure';

/**
 * The extension's words: extension/locales/<lang>.yml, built into _locales/ for `browser.i18n`,
 * so the browser's language picks the catalogue (English when it has none for that language).
 * The one module the extension's pages take words from; web/ and core/ take none of it, as the
 * phone app has its own catalogue.
 */
export const i18n: ReturnType<typeof createI18n<GeneratedI18nStructure>> =
  createI18n<GeneratedI18nStructure>();

/**
 * The language the browser shows its own interface in (`browser.i18n.getUILanguage()`, as a BCP 47
 * tag), for Intl: dates and numbers as the person reads them. Read through the predefined message,
 * which every extension page has (the offscreen document has no `browser.i18n`, and shows nothing).
 */
export function uiLanguage(): string | undefined {
  const locale = i18n.t('@@ui_locale');
  return locale ? locale.replace('_', '-') : undefined;
}

/** The words for each state of a sent text (core's STATE_LABELS are the phone's, in English). */
export function stateLabel(state: MessageState): string {
  switch (state) {
    case 'queued':
      return i18n.t('state.queued');
    case 'on-phone':
      return i18n.t('state.onPhone');
    case 'handed-off':
      return i18n.t('state.handedOff');
    case 'sent':
      return i18n.t('state.sent');
    case 'delivered':
      return i18n.t('state.delivered');
    case 'failed':
      return i18n.t('state.failed');
    case 'unknown':
      return i18n.t('state.unknown');
  }
}

/** Why a connect did not come up (web/ice-watch.ts), in the person's words. */
export function connectProblemText(problem: ConnectProblem): string {
  return problem === 'relay-refused'
    ? i18n.t('connectProblem.relayRefused')
    : i18n.t('connectProblem.noPath');
}

let when: ReturnType<typeof whenFormatter> | undefined;

/**
 * When a text was, in the browser's language (web/format-when.ts). Made on first use: WXT loads
 * the entrypoints in Node at build time, where there is no `browser.i18n`.
 */
export function formatWhen(date: number, now = Date.now()): string {
  when ??= whenFormatter(uiLanguage());
  return when(date, now);
}
