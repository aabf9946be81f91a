import { type ChildProcess, spawn } from 'node:child_process';
import { type Browser, type BrowserContext, chromium, devices, type Page } from '@playwright/test';
import { bridgeDoubleScript } from '../e2e/support/bridge-double';
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium-path';
import { launchWithExtension } from '../e2e/support/launch-with-extension';
import { startSignaling } from '../signaling/start-signaling';

export const PWA_ORIGIN = 'http://localhost:8788';

/** The same real parts the e2e suite uses, started by hand for a benchmark. */
export interface LocalStack {
  extension: BrowserContext;
  extensionId: string;
  popup: Page;
  phoneBrowser: Browser;
  phone: Page;
  close(): Promise<void>;
}

/**
 * tsx compiles bench code with esbuild's keepNames, so functions handed to page.evaluate call a
 * `__name` helper that only exists in Node. A page needs it before such a function runs there.
 */
export async function allowEvaluatedNames(page: Page): Promise<void> {
  await page.evaluate('globalThis.__name = (fn) => fn');
}

async function waitForHttp(url: string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

export async function startLocalStack(
  /** Runs on the phone page before it opens the pairing link, e.g. to fill its store. */
  beforePairing?: (phone: Page) => Promise<void>,
): Promise<LocalStack> {
  const signaling = await startSignaling({ port: 8787, host: '0.0.0.0' });
  const preview: ChildProcess = spawn(
    'npx',
    ['vite', 'preview', '--config', 'pwa/vite.config.ts', '--port', '8788', '--strictPort', '--host'],
    { stdio: 'ignore', detached: true },
  );
  await waitForHttp(`${PWA_ORIGIN}/`);

  const launched = await launchWithExtension();
  const extension = launched.context;
  const worker = extension.serviceWorkers()[0] ?? (await extension.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const popup = await extension.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);

  const phoneBrowser = await chromium.launch({
    headless: true,
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: chromiumArgs,
  });
  const phoneContext = await phoneBrowser.newContext({ ...devices['Pixel 7'], locale: 'en-GB' });
  await phoneContext.addInitScript(bridgeDoubleScript({ sentDelayMs: 1, deliveredDelayMs: 2 }));
  const phone = await phoneContext.newPage();

  if (beforePairing) await beforePairing(phone);
  const href = await popup.getByTestId('pairing-link').getAttribute('href', { timeout: 15_000 });
  await phone.goto(href!);
  await phone.getByTestId('pair-confirm').click();
  await popup.locator('[data-testid="link-status"][data-phone="connected"]').waitFor({ timeout: 30_000 });
  await allowEvaluatedNames(popup);
  await allowEvaluatedNames(phone);

  return {
    extension,
    extensionId,
    popup,
    phoneBrowser,
    phone,
    close: async () => {
      await launched.close();
      await phoneBrowser.close();
      if (preview.pid) process.kill(-preview.pid, 'SIGTERM');
      await signaling.close();
    },
  };
}
