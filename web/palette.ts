/**
 * Every colour PeerText shows, in one place, for the popup, the tab view, the options page and the
 * phone app, light and dark. Nothing else in extension/components, pwa/src/components or web/ writes
 * a colour: components use the CSS custom properties `--pt-<name>` that web/style-tokens.ts makes
 * from this table (light values, and dark ones under `prefers-color-scheme: dark`).
 *
 * This module imports nothing, so code that is no page (the background's toolbar badge, the PWA's
 * Vite config for its manifest) can take a colour from here without pulling in Lit.
 *
 * Light is the look PeerText had before dark mode. The dark column keeps every text pair at WCAG
 * AA (4.5:1) and the control borders at 3:1; web/palette.test.ts computes the ratios.
 */
export const palette = {
  /** Behind everything: the page (html, body). */
  page: { light: '#f6f7f9', dark: '#121417' },
  /** Cards, list rows, inputs, plain buttons, incoming bubbles. */
  surface: { light: '#ffffff', dark: '#1c2026' },
  /** Body text. */
  text: { light: '#1b1f24', dark: '#e4e7eb' },
  /** Text that stands out: unread rows, a thread's title. */
  'text-strong': { light: '#111111', dark: '#f5f7fa' },
  /** Explanations and details in cards. */
  'text-soft': { light: '#3d4650', dark: '#c2c8d0' },
  /** Times, counts, headings over lists, hints. */
  muted: { light: '#5f6873', dark: '#9aa3ad' },
  /** Lines around cards and rows. */
  border: { light: '#dde1e6', dark: '#343a43' },
  /** Lines around inputs, selects and plain buttons. */
  'control-border': { light: '#c4cad1', dark: '#6e7783' },
  /** Primary buttons, outgoing bubbles, unread counts, and links and accent text on a surface. */
  accent: { light: '#2457c5', dark: '#8ab4f8' },
  /** Text on `accent`. */
  'on-accent': { light: '#ffffff', dark: '#0b1a33' },
  /** A primary button while pressed. */
  'accent-pressed': { light: '#1c469f', dark: '#aecbfa' },
  /** A disabled primary button; the hover line on a conversation row. */
  'accent-muted': { light: '#9fb3de', dark: '#44597f' },
  /** The line around accent cards (a pairing request, a note) and secondary buttons. */
  'accent-line': { light: '#b9c8ea', dark: '#3e5683' },
  /** Accent-tinted backgrounds: a hovered suggestion, the update card, the "Sent" pill. */
  'accent-surface': { light: '#eef3fd', dark: '#1d2a42' },
  /** The focus outline on inputs. */
  'focus-ring': { light: '#2457c580', dark: '#8ab4f8b3' },
  /** The soft shadow under a pairing request. */
  shadow: { light: 'rgba(36, 87, 197, 0.08)', dark: 'rgba(0, 0, 0, 0.4)' },
  /** A search match (`mark`) and its text. */
  highlight: { light: '#fdf0b5', dark: '#5c4b0e' },
  'on-highlight': { light: '#000000', dark: '#fff3c4' },
  /** Errors and failed texts, as text on a surface or a danger background. */
  danger: { light: '#b42828', dark: '#ff8f85' },
  /** Text on `danger-surface` (notices, failed bubbles). */
  'danger-text': { light: '#8a1c1c', dark: '#ffb4ab' },
  /** Notices, failed bubbles and pills. */
  'danger-surface': { light: '#fbe7e7', dark: '#3f1d1d' },
  /** A card that warns (restricted settings, a bad pairing link). */
  'danger-card': { light: '#fff7f7', dark: '#2b1c1e' },
  'danger-line': { light: '#efc2c2', dark: '#7d3b3b' },
  /** Waiting states: queued, on the phone, held. */
  warning: { light: '#8a5d00', dark: '#f2c15c' },
  /** Warning text on `warning-surface`. */
  'warning-strong': { light: '#6b4200', dark: '#ffd98a' },
  /** The number check, warnings, the waiting pill. */
  'warning-surface': { light: '#fff8e6', dark: '#33290f' },
  'warning-line': { light: '#e8c66a', dark: '#8c6d1d' },
  /** Delivered, connected, a server that answers. */
  success: { light: '#1f7a45', dark: '#70d49b' },
  'success-surface': { light: '#e3f4ea', dark: '#17321f' },
  /** Status dots (beside a text label that says the same). */
  'dot-ok': { light: '#1f9d55', dark: '#3fbf73' },
  'dot-wait': { light: '#d69e2e', dark: '#e0b04a' },
  'dot-bad': { light: '#d64545', dark: '#ef6b6b' },
  'dot-off': { light: '#b0b7c0', dark: '#6e7783' },
  /** Behind the camera's picture. */
  'media-background': { light: '#000000', dark: '#000000' },
  /**
   * The QR code stays dark on light in both schemes (scanners need the contrast and a light quiet
   * zone): its tile is light in dark mode too, with a wider margin there (see `qr-padding`).
   */
  'qr-light': { light: '#ffffff', dark: '#ffffff' },
  'qr-dark': { light: '#000000', dark: '#000000' },
} as const satisfies Record<string, { light: string; dark: string }>;

export type PaletteName = keyof typeof palette;

/** The toolbar badge behind the unread count (the browser draws it, in neither scheme's page). */
export const BADGE_COLOUR = palette.accent.light;

/** The PWA manifest's and the phone browser's bar colour, and the splash screen's background. */
export const THEME_COLOUR = palette.accent.light;
export const SPLASH_BACKGROUND = palette.page.light;
