import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { contentSecurityPolicy } from './core/security/content-security-policy';

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
  // The sources AMO asks for: what builds the extension (extension/, core/, web/ and the build
  // files), not the phone app, the Android toolchain, the tests' output or the screenshots.
  zip: {
    excludeSources: [
      'android/**',
      'pwa/**',
      'signaling/**',
      'deploy/**',
      'bench/**',
      'e2e/**',
      'docs/screenshots/**',
      'dist/**',
      'test-results/**',
      'test-screenshots/**',
      'playwright-report/**',
    ],
  },
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
    // The same policy as the phone app's (core/security); WXT writes it as MV2's single string for Firefox.
    content_security_policy: {
      extension_pages: contentSecurityPolicy(process.env.WXT_SIGNALING_URL || 'http://localhost:8787'),
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'peertext@peertext.app',
              // PeerText sends nothing to its makers: texts go from this browser to the person's phone.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
