import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium-path';
import { assertBuilt, extensionDir } from './extension-dir';

/** Launches Chromium with the built extension loaded, as a person's fresh browser profile. */
export async function launchWithExtension(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  assertBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'peertext-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    headless: true,
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    // Playwright adds --disable-extensions by default; --disable-extensions-except overrides it.
    // The person is in the UK, as the phone (en-GB): their numbers are shown the national way.
    locale: 'en-GB',
    args: [
      ...chromiumArgs,
      '--accept-lang=en-GB,en',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
