import { existsSync } from 'node:fs';

/** Debian's Chromium where it exists (CI, this machine); Playwright's own browser on a laptop. */
export const chromiumPath: string | undefined = ['/usr/lib/chromium/chromium'].find((p) => existsSync(p));

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
