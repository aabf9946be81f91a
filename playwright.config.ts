import { defineConfig } from '@playwright/test';

/** Real signaling server, real built PWA, real built extension: see e2e/support/fixtures.ts. */
export default defineConfig({
  testDir: 'e2e',
  // The fault run has its own config: it owns the signaling server (playwright.faults.config.ts).
  testIgnore: 'faults/**',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
  webServer: [
    {
      command: 'npm run signaling',
      url: 'http://localhost:8787/health',
      reuseExistingServer: !process.env.CI,
      // Every test's browsers reach it from one address: the per-address pairing limits (10 a
      // minute, a brake on guessing) would refuse a repeated run. Their unit tests keep them honest.
      env: {
        PORT: '8787',
        HOST: '0.0.0.0',
        PAIR_CODES_PER_MINUTE_PER_IP: '1000',
        PAIR_LOOKUPS_PER_MINUTE_PER_IP: '1000',
      },
    },
    {
      command: 'npx vite preview --config pwa/vite.config.ts --port 8788 --strictPort --host',
      url: 'http://localhost:8788/',
      reuseExistingServer: !process.env.CI,
    },
  ],
});
