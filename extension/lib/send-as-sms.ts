import { defaultCountry } from '@web/default-country';
import { browser } from 'wxt/browser';
import { writeKv } from './kv';
import { type MenuChoice, menuChoice } from './text-this-number';

/** The longest text a draft keeps: the longest the phone accepts (core/bridge: body 1..10000). */
const MAX_DRAFT = 10_000;
/** A phone number is short; a longer "recipient" from a page is cut rather than stored whole. */
const MAX_RECIPIENT = 64;

/**
 * "Send as SMS…": the selected text becomes a draft and the compose window opens with it. The
 * browser hands over `selectionText` as a string, but the menu handler is reachable with anything
 * (tests call it directly): what is not text opens an empty compose rather than throwing.
 */
export async function sendAsSms(text: unknown): Promise<void> {
  await openCompose({ body: typeof text === 'string' ? text : '' });
}

/**
 * The context menu's handler: a selected number or a `tel:` link opens compose with it in "To",
 * other selected text opens it as the message (text-this-number.ts decides). Numbers national to
 * the browser's language region are read as that region's, as the compose box reads them.
 */
export async function textFromMenu(click: unknown): Promise<void> {
  const given = typeof click === 'object' && click !== null ? (click as Record<string, unknown>) : {};
  const text = (key: string) => (typeof given[key] === 'string' ? (given[key] as string) : undefined);
  await openCompose(
    menuChoice({ selectionText: text('selectionText'), linkUrl: text('linkUrl') }, defaultCountry()),
  );
}

async function openCompose(choice: MenuChoice): Promise<void> {
  const to = 'to' in choice ? choice.to.slice(0, MAX_RECIPIENT) : undefined;
  const body = 'body' in choice ? choice.body.slice(0, MAX_DRAFT) : '';
  await writeKv('draft', { body, ...(to ? { to } : {}), at: Date.now() });
  await browser.windows.create({
    url: browser.runtime.getURL(`/popup.html?from=${to ? 'number' : 'selection'}`),
    type: 'popup',
    width: 400,
    height: 600,
  });
}
