import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from '../core/security/content-security-policy';
import { palette, SPLASH_BACKGROUND, THEME_COLOUR } from '../web/palette';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The phone PWA. Built into dist/pwa; `vite preview --config pwa/vite.config.ts` serves it on 8788. */
export default defineConfig({
  root: here('.'),
  resolve: { alias: { '@core': here('../core'), '@web': here('../web') } },
  build: { outDir: here('../dist/pwa'), emptyOutDir: true, target: 'es2022' },
  plugins: [
    {
      // In the page itself: the Android app serves it from the APK and the signaling server from disk,
      // and both must carry the same policy.
      name: 'peertext-csp',
      transformIndexHtml: () => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: contentSecurityPolicy(process.env.VITE_SIGNALING_URL || 'http://localhost:8787'),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
    {
      // The browser's bar colour, from web/palette.ts like every other colour: the accent in light
      // mode, the dark page's surface in dark mode.
      name: 'peertext-theme-color',
      transformIndexHtml: () =>
        (
          [
            ['(prefers-color-scheme: light)', THEME_COLOUR],
            ['(prefers-color-scheme: dark)', palette.surface.dark],
          ] as const
        ).map(([media, content]) => ({
          tag: 'meta',
          attrs: { name: 'theme-color', media, content },
          injectTo: 'head' as const,
        })),
    },
    VitePWA({
      // A new version waits for the person's "Reload to update": never a reload in the middle of a send.
      registerType: 'prompt',
      injectRegister: false,
      // globPatterns below already precaches every icon; listing them again would only duplicate entries.
      includeManifestIcons: false,
      manifest: {
        name: 'PeerText',
        short_name: 'PeerText',
        description: 'Send texts from your computer through this phone.',
        theme_color: THEME_COLOUR,
        background_color: SPLASH_BACKGROUND,
        display: 'standalone',
        orientation: 'portrait',
        start_url: '/',
        scope: '/',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The whole shell is precached so the app opens without a network; pairing data is in the hash.
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
        navigateFallback: '/index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
});
