import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  alias: {
    '@core': fileURLToPath(new URL('./core', import.meta.url)),
    '@web': fileURLToPath(new URL('./web', import.meta.url)),
  },
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'PeerText',
    description: 'Send SMS from your browser through your own phone, peer to peer.',
    permissions: [
      'alarms',
      'contextMenus',
      'storage',
      'notifications',
      ...(browser === 'chrome' ? ['offscreen'] : []),
    ],
    action: { default_title: 'PeerText' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'peertext@peertext.app' } } }
      : {}),
  }),
});
