/** The one origin the Android wrapper serves the phone app on, from its APK (android/README.md). */
export const WRAPPER_APP_ORIGIN = 'http://peertext.localhost';

export interface PageSituation {
  /** `'serviceWorker' in navigator` */
  hasServiceWorker: boolean;
  /** `location.origin` */
  origin: string;
  /** The wrapper's bridge handshake arrived (detect-bridge's signal); false while not yet known. */
  nativeBridge: boolean;
}

/**
 * Whether the page should register its service worker. Not inside the Android wrapper: the APK is
 * the offline copy there, and WebView never shows a service worker's fetches to the wrapper's
 * request handler, so a worker on the wrapper's origin would fetch from the network instead of the
 * APK. The wrapper is known by its origin at once, and by its bridge handshake for a dev server.
 */
export function shouldRegisterServiceWorker(page: PageSituation): boolean {
  return page.hasServiceWorker && page.origin !== WRAPPER_APP_ORIGIN && !page.nativeBridge;
}
