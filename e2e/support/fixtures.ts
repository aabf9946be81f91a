import {
  type Browser,
  type BrowserContext,
  test as base,
  chromium,
  devices,
  expect,
  type Locator,
  type Page,
  type Worker,
} from '@playwright/test';
import { type BridgeDoubleOptions, bridgeDoubleScript, type DoubleSend } from './bridge-double';
import { chromiumArgs, chromiumPath } from './chromium-path';
import { launchWithExtension } from './launch-with-extension';

/** Where the phone app remembers that the RCS note was dismissed (pwa/src/components/pt-rcs-note.ts). */
const RCS_NOTE_KEY = 'peertext.rcs-note-dismissed';

export const PWA_ORIGIN = 'http://localhost:8788';

interface Fixtures {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  popup: Page;
  bridgeOptions: BridgeDoubleOptions;
  /** The phone app as on its very first run (its one-time notes not yet dismissed). */
  firstRun: boolean;
  phoneContext: BrowserContext;
  phone: Page;
}

interface WorkerFixtures {
  phoneBrowser: Browser;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
  context: async ({}, use) => {
    const launched = await launchWithExtension();
    await use(launched.context);
    await launched.close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  popup: async ({ context, extensionId }, use) => {
    const page = await context.newPage();
    // The size Chrome gives the toolbar popup, so screenshots show what a person sees.
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await use(page);
  },
  bridgeOptions: [{}, { option: true }],
  firstRun: [false, { option: true }],
  phoneBrowser: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
    async ({}, use) => {
      const browser = await chromium.launch({
        headless: true,
        ...(chromiumPath ? { executablePath: chromiumPath } : {}),
        args: chromiumArgs,
      });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  phoneContext: async ({ phoneBrowser, bridgeOptions, firstRun }, use) => {
    const context = await phoneBrowser.newContext({ ...devices['Pixel 7'], locale: 'en-GB' });
    await context.addInitScript(bridgeDoubleScript(bridgeOptions));
    // The RCS note has its own test (phone-notices.spec.ts); elsewhere it is read and dismissed.
    if (!firstRun) {
      await context.addInitScript((key) => localStorage.setItem(key, '1'), RCS_NOTE_KEY);
    }
    await use(context);
    await context.close();
  },
  phone: async ({ phoneContext }, use) => {
    await use(await phoneContext.newPage());
  },
});

export { expect };

/** Opens the popup's pairing link on the phone, confirms, and waits until both sides see the link. */
export async function pair(popup: Page, phone: Page): Promise<void> {
  const link = popup.getByTestId('pairing-link');
  await expect(link).toHaveAttribute('href', /#pair=/);
  const href = await link.getAttribute('href');
  await phone.goto(href!);
  await phone.getByTestId('pair-confirm').click();
  await expect(popup.getByTestId('link-status')).toHaveAttribute('data-phone', 'connected');
  await expect(phone.getByTestId('computer')).toHaveAttribute('data-state', 'connected');
}

/** One field of the popup's pairing link (`s` server, `p` computer id, …). */
export async function pairingLinkField(popup: Page, field: string): Promise<string> {
  const href = await popup.getByTestId('pairing-link').getAttribute('href');
  return new URLSearchParams(new URL(href!).hash.slice(1)).get(field)!;
}

/** The PeerJS id and token the phone uses on one signaling server (its IndexedDB identity). */
export function phoneIdOn(phone: Page, signalingUrl: string): Promise<{ peerId: string; token: string }> {
  return phone.evaluate(
    (url) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('peertext-phone');
        open.onsuccess = () => {
          const get = open.result.transaction('identity').objectStore('identity').get('self');
          get.onsuccess = () => {
            const id = get.result?.servers?.[url];
            if (id) resolve(id);
            else reject(new Error(`The phone has no id on ${url}`));
          };
        };
      }),
    signalingUrl,
  );
}

/** Asks the popup for a typed pairing code and returns it as shown, e.g. `ABCD-2345`. */
export async function showPairingCode(popup: Page): Promise<string> {
  await popup.getByTestId('pairing-use-code').click();
  return (await popup.getByTestId('pairing-code').textContent())!.trim();
}

/** Pairs, then closes the phone page and waits until the computer sees the phone away. */
export async function pairThenPhoneAway(popup: Page, phone: Page): Promise<void> {
  await pair(popup, phone);
  await phone.close();
  await expect(popup.getByTestId('link-status')).toHaveAttribute('data-phone', 'away', { timeout: 30_000 });
}

/** Types a pairing code on the phone's home screen, as a person would. */
export async function typePairingCode(phone: Page, code: string, origin = PWA_ORIGIN): Promise<void> {
  await phone.goto(`${origin}/`);
  await phone.getByTestId('code-input').fill(code);
  await phone.getByTestId('code-pair').click();
}

export async function compose(popup: Page, to: string, body: string): Promise<void> {
  await popup.getByTestId('recipient').fill(to);
  await popup.getByTestId('body').fill(body);
  await popup.getByTestId('send').click();
}

/**
 * Composes and sends a text and returns its own row in the popup's list, found by the id the popup
 * stored it under: never "the first item", which may be an older text already in another state.
 */
export async function sendText(popup: Page, to: string, body: string): Promise<Locator> {
  const before = new Set(await storedKeys(popup, 'peertext', 'outbox'));
  await compose(popup, to, body);
  let added: string[] = [];
  await expect
    .poll(async () => {
      added = (await storedKeys(popup, 'peertext', 'outbox')).filter((id) => !before.has(id));
      return added.length;
    })
    .toBe(1);
  return outboxItem(popup, added[0]!);
}

/** The phone's card for the text behind a row of the popup's list: the same message id. */
export async function phoneRequest(phone: Page, item: Locator): Promise<Locator> {
  const msgId = await item.getAttribute('data-msg-id');
  return phone.locator(`[data-testid="request"][data-msg-id="${msgId}"]`);
}

/** One text's row in the popup's list, by its message id. */
export function outboxItem(popup: Page, msgId: string): Locator {
  return popup.locator(`[data-testid="outbox-item"][data-msg-id="${msgId}"]`);
}

export async function bridgeSends(phone: Page): Promise<DoubleSend[]> {
  return phone.evaluate(() => JSON.parse(localStorage.getItem('bridge-double-sends') ?? '[]'));
}

/** The names the page last reported to the wrapper's notification (`reportConnections`). */
export async function bridgeConnections(phone: Page): Promise<string[] | null> {
  return phone.evaluate(() => JSON.parse(localStorage.getItem('bridge-double-connections') ?? 'null'));
}

/** A text arrives on the phone: the bridge double reports it as the wrapper would. */
export function receiveSms(phone: Page, from: string, body: string): Promise<string> {
  return phone.evaluate(
    ([f, b]) =>
      (
        globalThis as unknown as { bridgeDoubleReceive(from: string, body: string): string }
      ).bridgeDoubleReceive(f!, b!),
    [from, body],
  );
}

/** The person uses the phone itself: a text sent from its own SMS app. Returns the store row's id. */
export function sendFromPhoneApp(phone: Page, to: string, body: string): Promise<number> {
  return phone.evaluate(
    ([t, b]) =>
      (
        globalThis as unknown as { bridgeDoublePhoneAppSends(to: string, body: string): number }
      ).bridgeDoublePhoneAppSends(t!, b!),
    [to, body],
  );
}

/** The person deletes texts on the phone, by body; returns how many store rows went. */
export function deleteOnPhone(phone: Page, bodies: string[]): Promise<number> {
  return phone.evaluate((wanted) => {
    const double = globalThis as unknown as {
      bridgeDoubleStore(): { id: number; body: string }[];
      bridgeDoubleDeleteSms(rowId: number): void;
    };
    const rows = double.bridgeDoubleStore().filter((r) => wanted.includes(r.body));
    for (const row of rows) double.bridgeDoubleDeleteSms(row.id);
    return rows.length;
  }, bodies);
}

/** Every key of one IndexedDB store of a page's origin, sorted: to compare what two sides hold. */
export function storedKeys(page: Page, database: string, store: string): Promise<string[]> {
  return page.evaluate(
    ([name, table]) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open(name!);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(table!).objectStore(table!).getAllKeys();
          all.onsuccess = () => resolve((all.result as string[]).sort());
        };
      }),
    [database, store],
  );
}

/**
 * Where a test saves a screen: an ignored folder, so `npm test` leaves the tree clean.
 * `npm run screenshots` points it at docs/screenshots to refresh the committed ones.
 */
export function screenshotPath(name: string): string {
  return `${process.env.PEERTEXT_SCREENSHOTS ?? 'test-screenshots'}/${name}.png`;
}
