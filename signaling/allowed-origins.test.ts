import { describe, expect, it } from 'vitest';
import { corsOriginsFromEnv, originPolicy } from './allowed-origins';
import { createSignaling } from './create-signaling';

describe('originPolicy', () => {
  const allow = originPolicy(['https://app.example.org']);

  it.each([
    'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
    'moz-extension://0b2c7d5e-1f3a-4b6c-9d8e-7f6a5b4c3d2e',
    'http://peertext.localhost',
    'http://localhost:8788',
    'http://127.0.0.1:5173',
    'https://app.example.org',
  ])('lets %s call the server', (origin) => {
    expect(allow(origin)).toBe(origin);
  });

  it.each([
    'https://evil.example',
    'http://peertext.localhost.evil.example',
    'http://localhost.evil.example',
    'https://app.example.org.evil.example',
    'null',
  ])('refuses %s', (origin) => {
    expect(allow(origin)).toBeNull();
  });
});

describe('CORS on the real routes', () => {
  const signaling = createSignaling({}, () => '203.0.113.1');
  const preflight = (origin: string) =>
    signaling.app.request('/pair/lookup', {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });

  it('answers a preflight from the extension, and not from a web page', async () => {
    const ours = await preflight('chrome-extension://abcdefghijklmnopabcdefghijklmnop');
    expect(ours.headers.get('access-control-allow-origin')).toBe(
      'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
    );
    const page = await preflight('https://evil.example');
    expect(page.headers.get('access-control-allow-origin')).toBeNull();
    signaling.dispose();
  });
});

describe('corsOriginsFromEnv', () => {
  it('reads origins, and refuses anything else naming the variable', () => {
    expect(corsOriginsFromEnv('https://a.example, http://b.example:8080/')).toEqual([
      'https://a.example',
      'http://b.example:8080',
    ]);
    expect(corsOriginsFromEnv(undefined)).toEqual([]);
    expect(() => corsOriginsFromEnv('https://a.example/app')).toThrow(/^CORS_ORIGINS: /);
    expect(() => corsOriginsFromEnv('not a url')).toThrow(/^CORS_ORIGINS: /);
  });
});
