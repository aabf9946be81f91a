import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { contentSecurityPolicy } from './core/security/content-security-policy';

export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
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
    // The catalogues are extension/locales/*.yml (@wxt-dev/i18n); the browser's language picks one.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: [
      'alarms',
      'contextMenus',
      'storage',
      'notifications',
      ...(browser === 'chrome' ? ['offscreen'] : []),
    ],
    action: { default_title: '__MSG_extName__' },
    // A shortcut opens the popup with the cursor in "To" (pt-compose). Alt+Shift+Y is free in
    // Chrome's and Firefox's own shortcuts (Ctrl+Shift+Y is Firefox's Downloads on Linux); on a
    // Mac, Control+Shift+Y, as Command+Shift+Y is macOS's "New Sticky Note" service. The person
    // can change it (chrome://extensions/shortcuts, about:addons); the popup shows what it is now.
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+Y', mac: 'MacCtrl+Shift+Y' },
        description: '__MSG_commandOpen__',
      },
    },
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
