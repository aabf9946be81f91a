/**
 * Vitest's `browser.i18n` for the extension's code: the English catalogue itself
 * (extension/locales/en.yml, built as the extension's _locales/en/messages.json is), served as
 * Chrome's `getMessage` does, so tests read the words a browser in English shows.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';

const messages = generateChromeMessages(
  await parseMessagesFile(join(dirname(fileURLToPath(import.meta.url)), 'en.yml')),
);

/** Chrome's substitution: $1…$9 from the list, $$ a dollar sign; an unknown key is ''. */
export function getMessage(key: string, substitutions?: string | string[]): string {
  if (key === '@@ui_locale') return 'en';
  const message = messages[key]?.message;
  if (message === undefined) return '';
  const list = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (list[Number(which) - 1] ?? ''),
  );
}

const global = globalThis as { chrome?: { i18n?: unknown } };
global.chrome ??= {};
global.chrome.i18n ??= { getMessage, getUILanguage: () => 'en' };
