import { browser } from 'wxt/browser';
import { writeKv } from './kv';

/** "Send as SMS…": the selected text becomes a draft and the compose window opens with it. */
export async function sendAsSms(text: string): Promise<void> {
  await writeKv('draft', { body: text.slice(0, 10_000), at: Date.now() });
  await browser.windows.create({
    url: browser.runtime.getURL('/popup.html?from=selection'),
    type: 'popup',
    width: 400,
    height: 600,
  });
}
