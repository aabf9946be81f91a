import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@core': fileURLToPath(new URL('./core', import.meta.url)),
      '@web': fileURLToPath(new URL('./web', import.meta.url)),
    },
  },
  test: {
    include: ['{core,signaling,pwa,extension,web,scripts}/**/*.test.ts'],
    environment: 'node',
    // browser.i18n from the English catalogue, for the extension's words (@wxt-dev/i18n).
    setupFiles: ['extension/locales/vitest.setup.ts'],
  },
});
