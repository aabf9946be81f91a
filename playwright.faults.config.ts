import { defineConfig } from '@playwright/test';

/**
 * The fault run (`npm run test:faults`): the real built PWA and extension as in the e2e suite, but the
 * signaling server runs inside the test, which restarts it.
 */
export default defineConfig({
  testDir: 'e2e/faults',
  timeout: 30 * 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
  webServer: [
    {
      command: 'npx vite preview --config pwa/vite.config.ts --port 8788 --strictPort --host',
      url: 'http://localhost:8788/',
      reuseExistingServer: !process.env.CI,
    },
  ],
});
