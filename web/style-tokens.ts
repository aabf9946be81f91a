import { type CSSResult, css, unsafeCSS } from 'lit';
import { type PaletteName, palette } from './palette';

/**
 * The colours of web/palette.ts as CSS custom properties, `--pt-<name>`, light by default and dark
 * when the system asks for it (`prefers-color-scheme: dark`), with `color-scheme: light dark` so the
 * browser's own parts (scrollbars, checkboxes, selects' menus) follow too.
 *
 * Where they are defined, and why: custom properties inherit through shadow roots, so they are set
 * once at the top of each page and every component below only reads `var(--pt-…)`, with no fallback
 * of its own (a fallback would be a second place for each colour). The top of a page is two things:
 * - each page's top element (pt-popup, pt-tab-view, pt-options, pt-phone-app) adopts `tokens` on
 *   its `:host`, so it looks right wherever it is rendered, a test fixture included;
 * - that element, once connected, calls `adoptPageStyles()`, which puts the same rule on the
 *   document's `:root` and colours html and body, the part of the page around it (the pages' HTML
 *   only says `color-scheme: light dark`, so the browser's blank page before the script runs is
 *   already light or dark).
 * The selector is `:root, :host`: in the document `:host` matches nothing, in a shadow root `:root`
 * matches nothing, so one rule serves both.
 */

/** Extra room around the QR code in dark mode: the light quiet zone scanners look for. */
const QR_PADDING = { light: '0px', dark: '8px' } as const;

function declarations(scheme: 'light' | 'dark'): string {
  const colours = (Object.keys(palette) as PaletteName[]).map(
    (name) => `--pt-${name}: ${palette[name][scheme]};`,
  );
  return [...colours, `--pt-qr-padding: ${QR_PADDING[scheme]};`].join(' ');
}

export const tokens: CSSResult = css`
  :root, :host { color-scheme: light dark; ${unsafeCSS(declarations('light'))} }
  @media (prefers-color-scheme: dark) {
    :root, :host { ${unsafeCSS(declarations('dark'))} }
  }
`;

/** The page around the top element. */
export const pageStyles: CSSResult = css`
  html, body { background: var(--pt-page); color: var(--pt-text); }
`;

/**
 * Puts the tokens and the page colours in the document, once; the top element calls it when it is
 * connected, before its first render. A `<style>` rather than adopted sheets: it works the same in every
 * browser PeerText runs in and in the test DOM.
 */
export function adoptPageStyles(doc: Document = document): void {
  if (doc.getElementById('pt-tokens')) return;
  const style = doc.createElement('style');
  style.id = 'pt-tokens';
  style.textContent = `${tokens.cssText}\n${pageStyles.cssText}`;
  doc.head.append(style);
}
