import { defineConfig } from '@playwright/test';

/** Real signaling server, real built PWA, real built extension: see e2e/support/fixtures.ts. */
export default defineConfig({
  testDir: 'e2e',
  // The fault run and the cross-network run have their own configs: each owns its servers.
  testIgnore: ['faults/**', 'netns/**'],
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
      // Every test's browsers reach it from one address, so the limit on codes asked for (10 a
      // minute) would refuse a repeated run; its unit tests keep it honest. The lookup limit stays
      // the product's: attacks.spec guesses from its own address (127.0.0.2) and checks it bites.
      env: {
        PORT: '8787',
        HOST: '0.0.0.0',
        PAIR_CODES_PER_MINUTE_PER_IP: '1000',
      },
    },
    {
      command: 'npx vite preview --config pwa/vite.config.ts --port 8788 --strictPort --host',
      url: 'http://localhost:8788/',
      reuseExistingServer: !process.env.CI,
    },
  ],
});
