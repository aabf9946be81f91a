import { describe, expect, it } from 'vitest';
import { shouldRegisterServiceWorker, WRAPPER_APP_ORIGIN } from './service-worker-choice';

const browser = { hasServiceWorker: true, origin: 'https://peertext.example', nativeBridge: false };

describe('shouldRegisterServiceWorker', () => {
  it('registers in an ordinary browser', () => {
    expect(shouldRegisterServiceWorker(browser)).toBe(true);
    expect(shouldRegisterServiceWorker({ ...browser, origin: 'http://localhost:8788' })).toBe(true);
  });

  it('does not register on the wrapper’s own origin, bridge or not', () => {
    expect(WRAPPER_APP_ORIGIN).toBe('http://peertext.localhost');
    expect(shouldRegisterServiceWorker({ ...browser, origin: WRAPPER_APP_ORIGIN })).toBe(false);
    expect(shouldRegisterServiceWorker({ ...browser, origin: WRAPPER_APP_ORIGIN, nativeBridge: true })).toBe(
      false,
    );
  });

  it('does not register when the wrapper handed over its bridge (a dev server in the wrapper)', () => {
    expect(
      shouldRegisterServiceWorker({ ...browser, origin: 'http://localhost:8788', nativeBridge: true }),
    ).toBe(false);
  });

  it('does not register without service worker support', () => {
    expect(shouldRegisterServiceWorker({ ...browser, hasServiceWorker: false })).toBe(false);
  });

  it('lookalike origins are not the wrapper', () => {
    for (const origin of [
      'http://peertext.localhost:8080',
      'https://peertext.localhost',
      'http://a.peertext.localhost',
    ]) {
      expect(shouldRegisterServiceWorker({ ...browser, origin })).toBe(true);
    }
  });
});
