import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSignaling } from './create-signaling';

const dir = mkdtempSync(join(tmpdir(), 'peertext-app-'));
mkdirSync(join(dir, 'assets'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><title>PeerText</title>');
writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
writeFileSync(join(dir, 'assets', 'index-CnxKdKkn.js'), 'export {};');
const signaling = createSignaling({ appDir: dir }, () => '203.0.113.1');
afterAll(() => {
  signaling.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('serving the phone app', () => {
  it('serves index.html at / and asks browsers to check it each time', async () => {
    const response = await signaling.app.request('/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('<title>PeerText</title>');
  });

  it('caches hashed assets for good, and never the service worker', async () => {
    const asset = await signaling.app.request('/assets/index-CnxKdKkn.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const worker = await signaling.app.request('/sw.js');
    expect(worker.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 404 for unknown and traversing paths, and leaves the API routes alone', async () => {
    expect((await signaling.app.request('/nope.js')).status).toBe(404);
    expect((await signaling.app.request('/../package.json')).status).toBe(404);
    expect((await signaling.app.request('/assets/%2e%2e/%2e%2e/package.json')).status).toBe(404);
    const health = await signaling.app.request('/health');
    expect(await health.json()).toMatchObject({ ok: true });
    expect((await signaling.app.request('/peerjs/id')).headers.get('cache-control')).toBe('no-store');
  });

  it('refuses to start without a built app', () => {
    expect(() => createSignaling({ appDir: join(dir, 'assets') })).toThrow(/APP_DIR: .* has no index.html/);
  });
});
