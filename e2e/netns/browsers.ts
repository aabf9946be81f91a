import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium } from '@playwright/test';
import { chromiumArgs } from '../support/chromium-path';
import { assertBuilt, extensionDir } from '../support/extension-dir';
import { SERVER_NAME } from './services';
import { ADDR } from './topology';

const WRAPPER = fileURLToPath(new URL('./chromium-in-netns.sh', import.meta.url));

/**
 * A home directory whose NSS database trusts Caddy's root for this run: Chromium on Linux reads
 * trust from ~/.pki/nssdb, so the test server's certificate is valid there, with no error ignored.
 */
export function homeTrusting(dir: string, caddyRoot: string): string {
  const db = join(dir, '.pki', 'nssdb');
  mkdirSync(db, { recursive: true });
  execFileSync('certutil', ['-N', '-d', `sql:${db}`, '--empty-password']);
  execFileSync('certutil', [
    '-A',
    '-d',
    `sql:${db}`,
    '-n',
    'peertext-test-caddy',
    '-t',
    'C,,',
    '-i',
    caddyRoot,
  ]);
  return dir;
}

function launchOptions(ns: string, home: string) {
  return {
    headless: true,
    executablePath: WRAPPER,
    env: { ...process.env, PEERTEXT_NETNS: ns, HOME: home },
    // The name a person gives their server, resolved to the test server (no DNS in the namespaces).
    args: [...chromiumArgs, `--host-resolver-rules=MAP ${SERVER_NAME} ${ADDR.server}`],
  };
}

export function launchBrowserIn(ns: string, home: string): Promise<Browser> {
  return chromium.launch(launchOptions(ns, home));
}

/** The computer: a fresh profile with the built extension, inside its namespace. */
export async function launchExtensionIn(ns: string, home: string, profile: string): Promise<BrowserContext> {
  assertBuilt();
  const options = launchOptions(ns, home);
  return chromium.launchPersistentContext(profile, {
    ...options,
    args: [
      ...options.args,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
}
