import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';

/** Debian's firefox-esr; Playwright's own Firefox cannot load a WebExtension, puppeteer can (BiDi). */
const FIREFOX = process.env.PEERTEXT_FIREFOX ?? '/usr/lib/firefox-esr/firefox-esr';
const FIREFOX_BUILD = resolve('.output/firefox-mv2');
/** The gecko id in wxt.config.ts; a fixed uuid for it lets the test know the popup's address. */
const GECKO_ID = 'peertext@peertext.app';
const EXTENSION_UUID = '6f1c7a0e-1b2c-4d3e-8f90-5e7e7e7e0001';

/**
 * Runs in the page: every element matching `selector`, looking inside open shadow roots too (the
 * popup is Lit elements). Puppeteer's own `pierce/` waits miss changes inside shadow roots.
 */
function deepQueryAll(selector: string): Element[] {
  const found: Element[] = [];
  const roots: (Document | ShadowRoot)[] = [document];
  for (let root = roots.shift(); root; root = roots.shift()) {
    found.push(...root.querySelectorAll(selector));
    for (const element of root.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
  }
  return found;
}

/** The built extension's popup in Firefox, driven as a person would, read by test id and attribute. */
export class FirefoxPopup {
  constructor(readonly page: Page) {}

  /** The attribute of the one element matching `selector`; null when it is absent (not yet rendered). */
  attribute(selector: string, name: string): Promise<string | null> {
    return this.page.evaluate((sel, attr) => deep(sel)[0]?.getAttribute(attr) ?? null, selector, name);
  }

  text(selector: string): Promise<string | null> {
    return this.page.evaluate((sel) => deep(sel)[0]?.textContent?.trim() ?? null, selector);
  }

  count(selector: string): Promise<number> {
    return this.page.evaluate((sel) => deep(sel).length, selector);
  }

  private async element(selector: string): Promise<ElementHandle<Element>> {
    const handle = await this.page.evaluateHandle((sel) => deep(sel)[0] ?? null, selector);
    const element = handle.asElement() as ElementHandle<Element> | null;
    if (!element) throw new Error(`No element matches ${selector} in the Firefox popup`);
    return element;
  }

  /** A real click (BiDi input actions), so focus and events are what a person's click makes. */
  async click(selector: string): Promise<void> {
    await (await this.element(selector)).click();
  }

  /** Clears the field, then types into it key by key. */
  async fill(selector: string, value: string): Promise<void> {
    const field = await this.element(selector);
    await field.evaluate((input) => {
      (input as HTMLInputElement).value = '';
    });
    await field.type(value);
  }

  /** Calls the extension API from the popup (the background page is not a puppeteer target). */
  badge(): Promise<string> {
    return this.page.evaluate(() =>
      (
        globalThis as unknown as { browser: { browserAction: { getBadgeText(d: object): Promise<string> } } }
      ).browser.browserAction.getBadgeText({}),
    );
  }

  /** The extension's notifications that are showing, by id. */
  notifications(): Promise<Record<string, { title: string; message: string }>> {
    type Shown = Record<string, { title: string; message: string }>;
    return this.page.evaluate(async () => {
      const all = await (
        globalThis as unknown as { browser: { notifications: { getAll(): Promise<Shown> } } }
      ).browser.notifications.getAll();
      return Object.fromEntries(
        Object.entries(all).map(([id, { title, message }]) => [id, { title, message }]),
      );
    });
  }

  /** Every key of one of the extension's IndexedDB stores, sorted. */
  storedKeys(store: string): Promise<string[]> {
    return this.page.evaluate(
      (table) =>
        new Promise<string[]>((done, fail) => {
          const open = indexedDB.open('peertext');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction(table).objectStore(table).getAllKeys();
            all.onsuccess = () => done((all.result as string[]).sort());
          };
        }),
      store,
    );
  }

  /** Opens the popup again, as a person clicking the toolbar button after it closed. */
  async reload(): Promise<void> {
    await openPopupPage(this.page);
  }

  screenshot(path: string): Promise<unknown> {
    return this.page.screenshot({ path: path as `${string}.png` });
  }
}

/** Puppeteer's BiDi frame; its browsing context is not in the public types. */
interface BidiFrame {
  browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> };
}

/** The page-side name of `deepQueryAll`, installed by `openPopupPage`. */
declare function deep(selector: string): Element[];

async function openPopupPage(page: Page): Promise<void> {
  // Firefox sends no load events for extension pages, so page.goto would wait forever; the BiDi
  // frame's browsing context can navigate and wait for the document itself.
  const frame = page.mainFrame() as unknown as BidiFrame;
  await frame.browsingContext.navigate(`moz-extension://${EXTENSION_UUID}/popup.html`, 'complete');
  // Evaluated by the browser, not by the page, so the extension's CSP (no eval) does not apply.
  await page.evaluate(`globalThis.deep = ${deepQueryAll.toString()}`);
}

/** Firefox with the built Firefox extension installed as a temporary add-on, in a fresh profile. */
export async function launchFirefoxComputer(): Promise<{ browser: Browser; popup: FirefoxPopup }> {
  if (!existsSync(FIREFOX)) throw new Error(`No Firefox at ${FIREFOX}: apt-get install firefox-esr`);
  if (!existsSync(`${FIREFOX_BUILD}/manifest.json`)) {
    throw new Error(`No Firefox build at ${FIREFOX_BUILD}: run npm run build first`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Without it, BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      // Headless Firefox has no desktop notification service and closes each notification at once;
      // its own alert windows keep them showing, as on a person's desktop.
      'alerts.useSystemBackend': false,
      // The person is in the UK, as the phone (en-GB): their numbers are shown the national way.
      'intl.accept_languages': 'en-GB, en',
    },
  });
  try {
    await browser.installExtension(FIREFOX_BUILD);
    const page = await browser.newPage();
    // The size of the toolbar popup, so screenshots show what a person sees.
    await page.setViewport({ width: 380, height: 600 });
    await openPopupPage(page);
    return { browser, popup: new FirefoxPopup(page) };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
