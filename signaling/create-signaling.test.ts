import { afterEach, describe, expect, it } from 'vitest';
import { createSignaling, type Signaling } from './create-signaling';

let signaling: Signaling;
const start = (options?: Parameters<typeof createSignaling>[0]) => {
  signaling = createSignaling(options);
  return signaling.app;
};
afterEach(() => signaling.dispose());

describe('createSignaling HTTP routes', () => {
  it('GET /:key/id returns a fresh UUID as text/plain', async () => {
    const app = start();
    const first = await app.request('/peerjs/id?ts=1&version=1.5.5');
    const second = await app.request('/peerjs/id');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/^text\/plain/);
    const [a, b] = [await first.text(), await second.text()];
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b).not.toBe(a);
  });

  it('GET /:key/id with the wrong key is 404', async () => {
    const app = start({ key: 'secret' });
    expect((await app.request('/peerjs/id')).status).toBe(404);
    expect((await app.request('/secret/id')).status).toBe(200);
  });

  it('GET /:key/peers is 401: discovery stays off', async () => {
    const app = start();
    const res = await app.request('/peerjs/peers');
    expect(res.status).toBe(401);
    expect(await res.text()).toBe('');
    expect((await app.request('/other/peers')).status).toBe(404);
  });

  it('GET /health reports the number of connected peers', async () => {
    const app = start();
    expect(await (await app.request('/health')).json()).toEqual({ ok: true, peers: 0, redis: 'off' });
    signaling.realm.setPeer({
      id: 'a',
      token: 't',
      lastSeen: 0,
      socket: { send() {}, close() {}, terminate() {} },
    });
    expect(await (await app.request('/health')).json()).toEqual({ ok: true, peers: 1, redis: 'off' });
  });

  it('lets any origin fetch an id, including the preflight', async () => {
    const app = start();
    const res = await app.request('/peerjs/id', { headers: { Origin: 'chrome-extension://abc' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const preflight = await app.request('/peerjs/id', {
      method: 'OPTIONS',
      headers: { Origin: 'https://phone.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
  });

  it('a plain GET of the WebSocket path asks for an upgrade', async () => {
    const app = start();
    expect((await app.request('/peerjs?key=peerjs&id=a&token=t')).status).toBe(426);
  });
});
