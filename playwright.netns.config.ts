import { defineConfig } from '@playwright/test';

/**
 * The cross-network run (`npm run test:netns`, as root): computer and phone browsers each behind
 * their own NAT in Linux network namespaces, the signaling server, Caddy and coturn in an "internet"
 * namespace (e2e/netns/topology.ts). The namespaces and servers belong to the worker.
 */
export default defineConfig({
  testDir: 'e2e/netns',
  globalSetup: './e2e/netns/global-setup.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
