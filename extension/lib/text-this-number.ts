import { normalizeRecipient } from '@core/address/normalize-address';
import type { CountryCode } from 'libphonenumber-js';

/** What a right-click hands over: a selection, or the link under the pointer. */
export interface MenuClick {
  selectionText?: string;
  linkUrl?: string;
}

/** What compose opens with: a number in "To", or a text in the message box. */
export type MenuChoice = { to: string } | { body: string };

/**
 * The selection is a phone number when the whole of it is one, in full: short codes are left out
 * here, because a selected "2024" or "1500" is far likelier a year or a price than a number to text.
 * Normalisation is the compose box's own (core/address), so what is filled in is what it accepts.
 */
export function numberInSelection(text: string, region?: CountryCode): string | undefined {
  const parsed = normalizeRecipient(text, region);
  return parsed.ok && parsed.address.startsWith('+') ? parsed.address : undefined;
}

/**
 * A `tel:` link names a number on purpose, so it goes into "To" even when it does not parse
 * (compose then says why on send): the person sees what the page offered rather than nothing.
 * Parameters after `;` (`;ext=12`) and visual separators are the URI's, not the number's.
 */
export function numberInTelLink(url: string, region?: CountryCode): string {
  let raw = url.replace(/^tel:/i, '').split(';')[0] ?? '';
  try {
    raw = decodeURIComponent(raw);
  } catch {
    // A stray "%" in a page's link: keep the text as the page wrote it.
  }
  const parsed = normalizeRecipient(raw, region);
  return parsed.ok ? parsed.address : raw.trim();
}

/** The menu's decision: a tel: link or a selected number fills "To"; any other selection is the text. */
export function menuChoice(click: MenuClick, region?: CountryCode): MenuChoice {
  if (click.linkUrl?.toLowerCase().startsWith('tel:')) return { to: numberInTelLink(click.linkUrl, region) };
  const text = typeof click.selectionText === 'string' ? click.selectionText : '';
  const to = numberInSelection(text, region);
  return to ? { to } : { body: text };
}
