import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Every word a person reads comes from the catalogue (pwa/src/i18n), so a sentence typed straight into
 * a component's html`` template is a sentence left in English. This reads the templates' own text
 * (expressions `${…}` left out, those are t(…) and data) and fails on any word in it: between tags, or
 * in an attribute people read (aria-label, placeholder, title, alt).
 */
const here = new URL('.', import.meta.url);
const components = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const READ_ATTRIBUTES = /\b(aria-label|placeholder|title|alt)\s*=\s*(["'])(.*?)\2/g;

/** The static text of each html`` literal in `source`: what the template says without its expressions. */
function templateTexts(source: string): string[] {
  const texts: string[] = [];
  let at = source.indexOf('html`');
  while (at !== -1) {
    const [text] = readTemplate(source, at + 5);
    texts.push(text);
    at = source.indexOf('html`', at + 5);
  }
  return texts;
}

/** From just after an opening backtick: the literal's static text and where it ends. */
function readTemplate(source: string, start: number): [string, number] {
  let text = '';
  let i = start;
  while (i < source.length && source[i] !== '`') {
    if (source[i] === '\\') {
      text += source.slice(i, i + 2);
      i += 2;
    } else if (source.startsWith('${', i)) {
      i = skipExpression(source, i + 2);
      text += ' ';
    } else text += source[i++];
  }
  return [text, i + 1];
}

/** Past the `}` that closes an expression, stepping over strings and nested templates in it. */
function skipExpression(source: string, start: number): number {
  let depth = 1;
  let i = start;
  while (i < source.length) {
    const c = source[i]!;
    if (c === '`') i = readTemplate(source, i + 1)[1];
    else if (c === '"' || c === "'") {
      i++;
      while (i < source.length && source[i] !== c) i += source[i] === '\\' ? 2 : 1;
      i++;
    } else {
      if (c === '{') depth++;
      if (c === '}' && --depth === 0) return i + 1;
      i++;
    }
  }
  return i;
}

/** The words people would read in a template's static text. */
function wordsLeft(text: string): string[] {
  const read = [...text.matchAll(READ_ATTRIBUTES)].map((m) => m[3]);
  const between = text.replace(/<[^>]*>/g, ' ');
  return [...read, between].flatMap((part) => part?.match(/\p{L}{2,}/gu) ?? []);
}

describe('the phone app’s component templates', () => {
  it('finds words left in a template, and not those in tags or expressions', () => {
    const open = '$' + '{'; // The source of a component, as text: its expressions are not this test's own.
    const source = `html\`<p class="note" data-testid="x" aria-label="Close it">${open}t('a.b')} Left here</p>${open}x ? html\`<b>${open}"}"}Also</b>\` : ''}\``;
    expect(templateTexts(source).flatMap(wordsLeft)).toEqual(['Close', 'it', 'Left', 'here', 'Also']);
  });

  it.each(components)('%s has no sentence outside t(…)', (file) => {
    const source = readFileSync(new URL(file, here), 'utf8');
    expect(templateTexts(source).flatMap(wordsLeft)).toEqual([]);
  });
});
