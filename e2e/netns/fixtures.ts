import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Browser,
  type BrowserContext,
  test as base,
  devices,
  expect,
  type Page,
  type TestInfo,
} from '@playwright/test';
import { bridgeDoubleScript } from '../support/bridge-double';
import { homeTrusting, launchBrowserIn, launchExtensionIn } from './browsers';
import { recordPeerConnections } from './selected-path';
import { SERVER_URL, type Services, startServices } from './services';
import { createTopology, NS, removeTopology, resetNetwork } from './topology';
import { useServer } from './use-server';

export interface Network {
  services: Services;
  runDir: string;
  /** A home whose NSS database trusts this run's Caddy root. */
  home: string;
}

interface WorkerFixtures {
  network: Network;
  phoneBrowser: Browser;
}

interface Fixtures {
  phoneContext: BrowserContext;
  phone: Page;
  computer: BrowserContext;
  extensionId: string;
  popup: Page;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  network: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
    async ({}, use) => {
      const runDir = mkdtempSync(join(tmpdir(), 'peertext-netns-'));
      createTopology();
      try {
        const services = await startServices(runDir);
        const home = homeTrusting(join(runDir, 'home'), services.caddyRoot);
        await use({ services, runDir, home });
        await services.stopAll();
      } finally {
        removeTopology();
        rmSync(runDir, { recursive: true, force: true });
      }
    },
    { scope: 'worker' },
  ],
  phoneBrowser: [
    async ({ network }, use) => {
      const browser = await launchBrowserIn(NS.phone, network.home);
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  phoneContext: async ({ phoneBrowser }, use) => {
    const context = await phoneBrowser.newContext({ ...devices['Pixel 7'], locale: 'en-GB' });
    await context.addInitScript(bridgeDoubleScript({}));
    await recordPeerConnections(context);
    await use(context);
    await context.close();
  },
  phone: async ({ phoneContext }, use) => {
    await use(await phoneContext.newPage());
  },
  computer: async ({ network }, use) => {
    // Each test starts with the phone on its first network, open NATs, and only its own filters.
    resetNetwork();
    const profile = join(network.runDir, `profile-${Date.now()}`);
    mkdirSync(profile);
    const context = await launchExtensionIn(NS.computer, network.home, profile);
    await use(context);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  extensionId: async ({ computer }, use) => {
    const worker = computer.serviceWorkers()[0] ?? (await computer.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
  /** The popup of a computer that the person has pointed at the test server (the options page). */
  popup: async ({ computer, extensionId }, use) => {
    await useServer(computer, extensionId, SERVER_URL);
    const page = await computer.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await use(page);
  },
});

export { expect };

/** A measured figure: in the report's annotations and, for CI's log, printed. */
export function report(info: TestInfo, type: string, description: string): void {
  info.annotations.push({ type, description });
  console.log(`netns ${type}: ${info.title}: ${description}`);
}
