/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import { nativeBridgeOffered } from '../bridge/detect-bridge';
import { shouldRegisterServiceWorker } from './service-worker-choice';

/**
 * Registers the service worker that keeps the app shell for offline use, except inside the Android
 * wrapper (service-worker-choice.ts). A new version waits (registerType 'prompt') until the person
 * chooses to reload: a reload mid-send is their call.
 */
export function registerUpdates(onUpdateReady: (reload: () => void) => void): void {
  const page = {
    hasServiceWorker: 'serviceWorker' in navigator,
    origin: location.origin,
    nativeBridge: false,
  };
  if (!shouldRegisterServiceWorker(page)) return;
  // Only once bridge detection settled: the wrapper's handshake comes shortly after load.
  void nativeBridgeOffered().then((nativeBridge) => {
    if (!shouldRegisterServiceWorker({ ...page, nativeBridge })) return;
    const updateSW = registerSW({
      onNeedRefresh: () => onUpdateReady(() => void updateSW(true)),
      onRegisterError: (error: unknown) =>
        console.warn('PeerText: service worker registration failed', error),
    });
  });
}
