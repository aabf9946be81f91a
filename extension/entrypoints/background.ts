import type { BackgroundDefinition } from 'wxt';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ensureOffscreenLink } from '../lib/ensure-link';
import { isRuntimeMessage } from '../lib/runtime-messages';
import { sendAsSms } from '../lib/send-as-sms';

const MENU_ID = 'peertext-send-as-sms';

const background: BackgroundDefinition = defineBackground(() => {
  // Firefox keeps a persistent background page with RTCPeerConnection: the link lives right here.
  const ensureLink =
    import.meta.env.BROWSER === 'firefox'
      ? (() => {
          const started = import('../lib/start-link').then(({ startLink }) => startLink());
          return () => started.then(() => undefined);
        })()
      : ensureOffscreenLink;

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Send as SMS…', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === MENU_ID) void sendAsSms(info.selectionText ?? '');
  });
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isRuntimeMessage(message) && message.peertext === 'ensure-link') return ensureLink().then(() => true);
    return undefined;
  });
  browser.runtime.onStartup.addListener(() => void ensureLink());
  void ensureLink();

  // The native context menu cannot be opened headless; tests call the same handler.
  (globalThis as { peertextSendAsSms?: typeof sendAsSms }).peertextSendAsSms = sendAsSms;
});

export default background;
