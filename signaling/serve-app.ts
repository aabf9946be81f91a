import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/** Files whose names carry a content hash (Vite's assets, Workbox's runtime): the same URL never changes. */
const HASHED = /^\/(assets\/.+|workbox-[0-9a-f]{8}\.js)$/;

/**
 * Serves the built phone app from `dir` on the server's own origin, so one HTTPS origin gives a
 * phone without the Android app its secure context, the PeerJS protocol and pairing. Hashed files
 * are cached for good; everything else (index.html, the service worker, the manifest) is asked
 * again each time, so an update reaches phones on their next load.
 */
export function serveApp(app: Hono, dir: string): void {
  const root = resolve(dir);
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`APP_DIR: ${root} has no index.html (run npm run build:pwa first)`);
  }
  app.use('*', async (c, next) => {
    await next();
    if (c.res.status !== 200 || c.res.headers.has('cache-control')) return;
    c.header('Cache-Control', HASHED.test(c.req.path) ? 'public, max-age=31536000, immutable' : 'no-cache');
  });
  // serveStatic takes a root relative to the working directory only.
  app.get('*', serveStatic({ root: relative(process.cwd(), root) || '.' }));
}
