import { browser } from 'wxt/browser';

/**
 * The full-tab view of conversations (entrypoints/tab), for long sessions: the popup's link and a
 * notification's click open it, the latter at the thread that wrote (`#thread=<address>`).
 */
export function tabViewUrl(thread?: string): string {
  return browser.runtime.getURL(thread ? `/tab.html#thread=${encodeURIComponent(thread)}` : '/tab.html');
}

export async function openTabView(thread?: string): Promise<void> {
  await browser.tabs.create({ url: tabViewUrl(thread) });
}

/** The conversation a page opened at, from `#thread=<address>`. */
export function threadFromHash(hash: string = location.hash): string | undefined {
  const match = /^#thread=(.+)$/.exec(hash);
  return match ? decodeURIComponent(match[1]!) : undefined;
}
