/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

/**
 * Registers the service worker that keeps the app shell for offline use. A new version waits
 * (registerType 'prompt') until the person chooses to reload: a reload mid-send is their call.
 */
export function registerUpdates(onUpdateReady: (reload: () => void) => void): void {
  if (!('serviceWorker' in navigator)) return;
  const updateSW = registerSW({
    onNeedRefresh: () => onUpdateReady(() => void updateSW(true)),
    onRegisterError: (error: unknown) => console.warn('PeerText: service worker registration failed', error),
  });
}
