import { browser } from 'wxt/browser';
import { writeKv } from './kv';

/** The longest text a draft keeps: the longest the phone accepts (core/bridge: body 1..10000). */
const MAX_DRAFT = 10_000;

/**
 * "Send as SMS…": the selected text becomes a draft and the compose window opens with it. The
 * browser hands over `selectionText` as a string, but the menu handler is reachable with anything
 * (tests call it directly): what is not text opens an empty compose rather than throwing.
 */
export async function sendAsSms(text: unknown): Promise<void> {
  const body = typeof text === 'string' ? text.slice(0, MAX_DRAFT) : '';
  await writeKv('draft', { body, at: Date.now() });
  await browser.windows.create({
    url: browser.runtime.getURL('/popup.html?from=selection'),
    type: 'popup',
    width: 400,
    height: 600,
  });
}
