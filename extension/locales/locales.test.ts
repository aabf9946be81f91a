import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ParsedMessage, parseMessagesFile } from '@wxt-dev/i18n/build';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const components = join(here, '../components');

/** Each key with what it takes: how many $n, which {names}. */
async function catalogue(file: string): Promise<Map<string, string>> {
  const messages: ParsedMessage[] = await parseMessagesFile(join(here, file));
  return new Map(
    messages.map((m) => [
      m.key.join('.'),
      `$${m.substitutions} {${[...m.namedSubstitutions].sort().join(',')}}${m.type === 'plural' ? ' plural' : ''}`,
    ]),
  );
}

/**
 * The static text of every html`` template in `source`, nested ones included: what lies outside
 * the `${…}` expressions.
 */
function templateTexts(source: string): string[] {
  const texts: string[] = [];
  // Reads a template from just after its opening backtick; returns the index after its closing one.
  const template = (from: number, isHtml: boolean): number => {
    let i = from;
    let text = '';
    while (i < source.length) {
      const c = source[i]!;
      if (c === '\\') {
        text += source.slice(i, i + 2);
        i += 2;
      } else if (c === '`') {
        if (isHtml) texts.push(text);
        return i + 1;
      } else if (c === '$' && source[i + 1] === '{') {
        text += ' ';
        i = expression(i + 2);
      } else {
        text += c;
        i++;
      }
    }
    return i;
  };
  // Reads an expression from just after `${`; returns the index after its closing brace.
  const expression = (from: number): number => {
    let depth = 0;
    let i = from;
    while (i < source.length) {
      const c = source[i]!;
      if (c === "'" || c === '"') {
        const end = source.indexOf(c, i + 1);
        i = end < 0 ? source.length : end + 1;
      } else if (c === '`') {
        i = template(i + 1, source.slice(Math.max(0, i - 4), i) === 'html');
      } else if (c === '{') {
        depth++;
        i++;
      } else if (c === '}') {
        if (depth === 0) return i + 1;
        depth--;
        i++;
      } else i++;
    }
    return i;
  };
  for (let at = source.indexOf('html`'); at >= 0; at = source.indexOf('html`', at)) {
    at = template(at + 5, true);
  }
  return texts;
}

/** Words a person would read: text between tags, and the attributes shown to people. */
function wordsLeftInCode(text: string): string[] {
  const shownAttributes = /\b(?:aria-label|placeholder|title|alt|label)\s*=\s*"([^"]*)"/g;
  const attributes = [...text.matchAll(shownAttributes)].map((m) => m[1]!);
  const nodes = text.replace(/<[^>]*>/g, ' ');
  return [...nodes.split(/\s+/), ...attributes].filter((word) => /[A-Za-z]{3,}/.test(word));
}

describe('the extension catalogues', () => {
  it('have the same keys in English and Simplified Chinese, taking the same substitutions', async () => {
    const en = await catalogue('en.yml');
    const zh = await catalogue('zh_CN.yml');
    expect(Object.fromEntries(zh)).toEqual(Object.fromEntries(en));
  });

  it('name each message once, as browsers read the names (case-insensitive, dots as underscores)', async () => {
    const names = [...(await catalogue('en.yml')).keys()].map((key) =>
      key.replaceAll('.', '_').toLowerCase(),
    );
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it('leave no words in the components’ templates: each is i18n.t(…)', () => {
    const left = readdirSync(components)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .flatMap((file) =>
        templateTexts(readFileSync(join(components, file), 'utf8'))
          .flatMap(wordsLeftInCode)
          .map((word) => `${file}: ${word}`),
      );
    expect(left).toEqual([]);
  });

  it('catch a word left in a template', () => {
    const dollar = '$';
    const source = `html\`<p>${dollar}{x ? html\`<b title="Close">Unpair</b>\` : i18n.t('a')}</p><h2>${dollar}{y}</h2>\``;
    expect(templateTexts(source).flatMap(wordsLeftInCode)).toEqual(['Unpair', 'Close']);
  });
});
