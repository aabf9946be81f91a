// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { palette } from './palette';
import { adoptPageStyles, tokens } from './style-tokens';

describe('style tokens', () => {
  it('defines every palette colour, light by default and dark under prefers-color-scheme', () => {
    const [light, dark] = tokens.cssText.split('@media (prefers-color-scheme: dark)');
    expect(light).toContain('color-scheme: light dark;');
    for (const [name, value] of Object.entries(palette)) {
      expect(light).toContain(`--pt-${name}: ${value.light};`);
      expect(dark).toContain(`--pt-${name}: ${value.dark};`);
    }
  });

  it('puts the tokens and the page colours in the document once', () => {
    adoptPageStyles(document);
    adoptPageStyles(document);
    const styles = document.head.querySelectorAll('style#pt-tokens');
    expect(styles).toHaveLength(1);
    expect(styles[0]?.textContent).toContain(`--pt-page: ${palette.page.light};`);
    expect(styles[0]?.textContent).toContain('background: var(--pt-page)');
  });
});
