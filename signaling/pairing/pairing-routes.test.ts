import { afterEach, describe, expect, it } from 'vitest';
import { createSignaling, type Signaling } from '../create-signaling';
import type { SignalingOptions } from '../options';

let signaling: Signaling;
let ip = '203.0.113.1';
afterEach(() => {
  signaling.dispose();
  ip = '203.0.113.1';
});

function start(options: Partial<SignalingOptions> = {}) {
  signaling = createSignaling(options, () => ip);
  const socket = { send() {}, close() {}, terminate() {} };
  signaling.realm.setPeer({ id: 'computer-1', token: 'token-1', socket, lastSeen: 0 });
  signaling.realm.setPeer({ id: 'computer-2', token: 'token-2', socket, lastSeen: 0 });
  return signaling.app;
}

const post = (app: Signaling['app'], path: string, body: unknown) =>
  app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const askCode = async (app: Signaling['app'], peerId = 'computer-1', token = 'token-1') =>
  (await (await post(app, '/pair/code', { peerId, token })).json()) as { code: string; expiresAt: number };

describe('POST /pair/code', () => {
  it('gives a connected computer a code that expires in 5 minutes', async () => {
    const app = start();
    const before = Date.now();
    const response = await post(app, '/pair/code', { peerId: 'computer-1', token: 'token-1' });
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as { code: string; expiresAt: number };
    expect(body.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(body.expiresAt - before).toBeGreaterThanOrEqual(300_000);
    expect(body.expiresAt - before).toBeLessThan(301_000);
  });

  it('refuses a peer id without its token, so nobody points codes at someone else', async () => {
    const app = start();
    const wrong = await post(app, '/pair/code', { peerId: 'computer-1', token: 'token-2' });
    expect(wrong.status).toBe(409);
    expect(((await wrong.json()) as { error: string }).error).toMatch(/not connected/);
    expect((await post(app, '/pair/code', { peerId: 'nobody', token: 'x' })).status).toBe(409);
  });

  it('says what is wrong with bad JSON, a bad shape or an oversized body', async () => {
    const app = start();
    const bad = await post(app, '/pair/code', '{not json');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/peerId/);
    expect((await post(app, '/pair/code', { peerId: 7 })).status).toBe(400);
    const big = await post(app, '/pair/code', { peerId: 'computer-1', token: 'x'.repeat(2_000) });
    expect(big.status).toBe(413);
  });

  it('answers 503 when the server holds as many codes as it may', async () => {
    const app = start({ maxPairCodes: 1 });
    expect((await post(app, '/pair/code', { peerId: 'computer-1', token: 'token-1' })).status).toBe(201);
    expect((await post(app, '/pair/code', { peerId: 'computer-2', token: 'token-2' })).status).toBe(503);
  });

  it('limits codes per address and says when to come back', async () => {
    const app = start({ pairCodesPerMinutePerIp: 3 });
    for (let i = 0; i < 3; i++)
      expect((await post(app, '/pair/code', { peerId: 'computer-1', token: 'token-1' })).status).toBe(201);
    const refused = await post(app, '/pair/code', { peerId: 'computer-1', token: 'token-1' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    ip = '203.0.113.2';
    expect((await post(app, '/pair/code', { peerId: 'computer-1', token: 'token-1' })).status).toBe(201);
  });
});

describe('POST /pair/lookup', () => {
  it('turns a code into the peer id once', async () => {
    const app = start();
    const { code } = await askCode(app);
    const found = await post(app, '/pair/lookup', { code });
    expect(found.status).toBe(200);
    expect(await found.json()).toEqual({ peerId: 'computer-1' });
    const again = await post(app, '/pair/lookup', { code });
    expect(again.status).toBe(404);
    expect(((await again.json()) as { error: string }).error).toMatch(/unknown, used or expired/);
  });

  it('burns the code on one wrong guess of its second half', async () => {
    const app = start();
    const { code } = await askCode(app);
    const wrong = `${code.slice(0, 5)}${code[5] === '0' ? '1' : '0'}${code.slice(6)}`;
    expect((await post(app, '/pair/lookup', { code: wrong })).status).toBe(404);
    expect((await post(app, '/pair/lookup', { code })).status).toBe(404);
  });

  it('refuses a code of the wrong shape without spending a real one', async () => {
    const app = start();
    const { code } = await askCode(app);
    expect((await post(app, '/pair/lookup', { code: code.replace('-', '') })).status).toBe(400);
    expect((await post(app, '/pair/lookup', { code: 'ILOU-ILOU' })).status).toBe(400);
    expect((await post(app, '/pair/lookup', { code })).status).toBe(200);
  });

  it('holds under a guessing flood: 10 tries a minute per address, no code found, others unaffected', async () => {
    const app = start();
    const { code } = await askCode(app);
    const statuses = new Map<number, number>();
    ip = '198.51.100.66';
    for (let i = 0; i < 1_000; i++) {
      const guess = `${String(i).padStart(4, '0')}-0000`;
      const status = (await post(app, '/pair/lookup', { code: guess })).status;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    expect(statuses.get(429)).toBe(990);
    expect(statuses.get(200)).toBeUndefined();
    ip = '203.0.113.9';
    const found = await post(app, '/pair/lookup', { code });
    // The flood could only have burnt the real code if one of its 10 tries named it.
    expect([200, 404]).toContain(found.status);
    if (!/^000[0-9]/.test(code)) expect(found.status).toBe(200);
  });
});
