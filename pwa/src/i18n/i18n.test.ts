// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { en } from './en';
import { chooseLanguage, formatLocale } from './language';
import { startLanguage } from './start-language';
import { t, tParts, useCatalogue } from './translate';
import { zhCN } from './zh-CN';

afterEach(() => useCatalogue('en', 'en', en));

describe('the language', () => {
  it('is the first of the person’s languages that the app has', () => {
    for (const zh of ['zh', 'zh-CN', 'zh-cn', 'zh-Hans', 'zh-Hans-CN', 'zh-SG']) {
      expect(chooseLanguage([zh, 'en-US'])).toBe('zh-CN');
    }
    expect(chooseLanguage(['en-GB', 'zh-CN'])).toBe('en');
    expect(chooseLanguage(['fr-FR', 'zh-CN'])).toBe('zh-CN');
    expect(chooseLanguage(['zh-TW', 'zh-Hant', 'en'])).toBe('en');
    expect(chooseLanguage(['de', 'fr'])).toBe('en');
    expect(chooseLanguage([])).toBe('en');
  });

  it('writes dates in the language, English in the person’s own region', () => {
    expect(formatLocale('zh-CN', ['zh-CN'])).toBe('zh-CN');
    expect(formatLocale('en', ['fr-FR', 'en-GB'])).toBe('en-GB');
    expect(formatLocale('en', ['de'])).toBe('en');
  });

  it('is set once at start, with <html lang>, from navigator.languages', async () => {
    expect(await startLanguage(['zh-Hans-CN'])).toBe('zh-CN');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(t('pairing.pair')).toBe('配对');
    expect(await startLanguage(['en-US'])).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(t('pairing.pair')).toBe('Pair');
  });
});

describe('t()', () => {
  it('fills in named parts, in English and in Chinese', () => {
    expect(t('sas.ask', { device: 'Chrome on Linux' })).toBe('Does Chrome on Linux show this number?');
    useCatalogue('zh-CN', 'zh-CN', zhCN);
    expect(t('sas.ask', { device: 'Chrome on Linux' })).toBe('Chrome on Linux 上显示的是这个数字吗？');
  });

  it('chooses the plural form by count', () => {
    expect(t('notice.times', { count: 3 })).toBe(' (3 times)');
    expect(t('notice.times', { count: 1 })).toBe('');
    useCatalogue('zh-CN', 'zh-CN', zhCN);
    expect(t('notice.times', { count: 1 })).toBe('（1 次）');
    expect(t('notice.times', { count: 3 })).toBe('（3 次）');
  });

  it('keeps markup parts where the language puts them', () => {
    useCatalogue('zh-CN', 'zh-CN', zhCN);
    const name = { bold: 'Laptop' };
    expect(tParts('pairing.replaces', { name, date: '2026/12/7' })).toEqual([
      '这将替换于 ',
      '2026/12/7',
      ' 配对的 ',
      name,
      '：该配对将结束。',
    ]);
  });
});

describe('the Chinese catalogue', () => {
  const placeholders = (message: unknown) =>
    [...JSON.stringify(message).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('has every English key, with the same {placeholders}', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect([key, ...new Set(placeholders(zhCN[key]))]).toEqual([key, ...new Set(placeholders(en[key]))]);
    }
  });
});
