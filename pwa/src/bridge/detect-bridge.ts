import { BRIDGE_HANDSHAKE } from '@core/bridge/bridge-contract';
import { NativeBridgeClient } from './native-bridge-client';
import { NativeSmsBridge } from './native-sms-bridge';
import type { SmsBridge } from './sms-bridge';
import { SmsLinkBridge } from './sms-link-bridge';

/** How long after `load` the wrapper gets to post its port before the page settles for `sms:` links. */
export const DETECT_MS = 1500;

let port: MessagePort | undefined;
let settledOnFallback = false;
const waiters = new Set<(port: MessagePort) => void>();
const lateListeners = new Set<(bridge: SmsBridge) => void>();

// Listening starts when this module is evaluated: the wrapper posts once, right after load, and an
// early handshake missed here would leave the page on the fallback for good.
if (typeof window !== 'undefined') {
  window.addEventListener('message', (event: MessageEvent) => {
    if (event.data !== BRIDGE_HANDSHAKE || !event.ports[0]) return;
    // Android's postWebMessage has no source; a page's own double posts from this window. Frames and
    // openers do not get to offer a bridge.
    if (event.source !== null && event.source !== window) return;
    if (port) return console.warn('PeerText bridge: ignored a second handshake');
    port = event.ports[0];
    if (waiters.size > 0) {
      for (const waiter of [...waiters]) waiter(port);
    } else if (settledOnFallback) {
      // Detection already settled for the fallback: offer the native bridge to whoever still wants it.
      const bridge = nativeBridge(port);
      for (const listener of lateListeners) listener(bridge);
    }
  });
}

/** Native when the wrapper handed over its port by `waitMs` after load, `sms:` links otherwise. */
export async function detectBridge(waitMs = DETECT_MS): Promise<SmsBridge> {
  const found = await waitForPort(waitMs);
  if (found) return nativeBridge(found);
  settledOnFallback = true;
  return new SmsLinkBridge();
}

/**
 * Whether the wrapper handed over its port by `waitMs` after load: the same signal as detectBridge,
 * without making a second client on the port.
 */
export async function nativeBridgeOffered(waitMs = DETECT_MS): Promise<boolean> {
  return (await waitForPort(waitMs)) !== undefined;
}

/** A wrapper slower than the wait still gets used, for the requests that come after it. */
export function onLateNativeBridge(listener: (bridge: SmsBridge) => void): () => void {
  lateListeners.add(listener);
  return () => lateListeners.delete(listener);
}

function nativeBridge(found: MessagePort): SmsBridge {
  return new NativeSmsBridge(new NativeBridgeClient(found));
}

function waitForPort(waitMs: number): Promise<MessagePort | undefined> {
  if (port) return Promise.resolve(port);
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = (found: MessagePort | undefined) => {
      waiters.delete(done);
      clearTimeout(timer);
      resolve(found);
    };
    waiters.add(done);
    const arm = () => {
      timer = setTimeout(() => done(undefined), waitMs);
    };
    if (document.readyState === 'complete') arm();
    else window.addEventListener('load', arm, { once: true });
  });
}
