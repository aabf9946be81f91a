import { browser } from 'wxt/browser';

let creating: Promise<void> | undefined;

/**
 * Chrome: service workers have no RTCPeerConnection, so one offscreen document owns the link.
 * Created at most once, even when several events ask at the same moment.
 */
export async function ensureOffscreenLink(): Promise<void> {
  const contexts = await chrome.runtime.getContexts({
    contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
  });
  if (contexts.length > 0) return;
  creating ??= chrome.offscreen
    .createDocument({
      url: browser.runtime.getURL('/offscreen.html'),
      reasons: [chrome.offscreen.Reason.WEB_RTC],
      justification: 'Keeps the peer-to-peer connection to your phone open.',
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}
