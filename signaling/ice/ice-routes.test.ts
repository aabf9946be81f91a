import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createSignaling, type Signaling } from '../create-signaling';
import type { SignalingOptions } from '../options';
import type { IceServersResponse } from './ice-routes';
import { iceSettingsFromEnv } from './ice-settings';

let signaling: Signaling;
let ip = '203.0.113.1';
afterEach(() => {
  signaling.dispose();
  ip = '203.0.113.1';
});

const withTurn = iceSettingsFromEnv({
  STUN_URLS: 'stun:turn.example.org:3478',
  TURN_URLS: 'turn:turn.example.org:3478?transport=udp,turn:turn.example.org:3478?transport=tcp',
  TURN_SECRET: 'shared-secret',
  TURN_TTL_SECONDS: '600',
});

function start(ice = withTurn, options: Partial<SignalingOptions> = {}) {
  signaling = createSignaling({ ...options, ice }, () => ip);
  const socket = { send() {}, close() {}, terminate() {} };
  signaling.realm.setPeer({ id: 'phone-1', token: 'token-1', socket, lastSeen: 0 });
  return signaling.app;
}

const ask = (app: Signaling['app'], body: unknown) =>
  app.request('/ice', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('POST /ice', () => {
  it('gives a connected peer STUN and a TURN credential bound to its id for the configured time', async () => {
    const app = start();
    const before = Math.floor(Date.now() / 1000);
    const response = await ask(app, { peerId: 'phone-1', token: 'token-1' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as IceServersResponse;
    expect(body.iceServers[0]).toEqual({ urls: ['stun:turn.example.org:3478'] });
    const turn = body.iceServers[1];
    expect(turn?.urls).toEqual(withTurn.turnUrls);
    const [expiry, peerId] = (turn?.username ?? '').split(':');
    expect(peerId).toBe('phone-1');
    expect(Number(expiry) - before).toBeGreaterThanOrEqual(600);
    expect(Number(expiry) - before).toBeLessThanOrEqual(601);
    expect(body.expiresAt).toBe(Number(expiry));
    expect(turn?.credential).toBe(
      createHmac('sha1', 'shared-secret')
        .update(turn?.username ?? '')
        .digest('base64'),
    );
  });

  it('gives STUN only, and no expiry, when no TURN is configured', async () => {
    const app = start(iceSettingsFromEnv({ STUN_URLS: 'stun:s.example.org:3478' }));
    const body = (await (
      await ask(app, { peerId: 'phone-1', token: 'token-1' })
    ).json()) as IceServersResponse;
    expect(body).toEqual({ iceServers: [{ urls: ['stun:s.example.org:3478'] }], expiresAt: null });
  });

  it('refuses an unregistered id or a wrong token, so relay credentials go to connected peers only', async () => {
    const app = start();
    const wrong = await ask(app, { peerId: 'phone-1', token: 'token-2' });
    expect(wrong.status).toBe(403);
    expect(((await wrong.json()) as { error: string }).error).toMatch(/Connect to the signaling server/);
    expect((await ask(app, { peerId: 'nobody', token: 'token-1' })).status).toBe(403);
  });

  it('says what is wrong with bad JSON, a bad shape or an oversized body', async () => {
    const app = start();
    expect((await ask(app, '{nope')).status).toBe(400);
    expect((await ask(app, { peerId: 1, token: 'x' })).status).toBe(400);
    expect((await ask(app, { peerId: 'phone-1', token: 'x'.repeat(2_000) })).status).toBe(413);
  });

  it('limits requests per address, and says when to come back', async () => {
    const app = start(withTurn, { iceRequestsPerMinutePerIp: 2 });
    expect((await ask(app, { peerId: 'phone-1', token: 'token-1' })).status).toBe(200);
    expect((await ask(app, { peerId: 'phone-1', token: 'token-1' })).status).toBe(200);
    const refused = await ask(app, { peerId: 'phone-1', token: 'token-1' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    ip = '203.0.113.2';
    expect((await ask(app, { peerId: 'phone-1', token: 'token-1' })).status).toBe(200);
  });
});
