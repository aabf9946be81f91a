import type { BackgroundDefinition } from 'wxt';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ensureOffscreenLink } from '../lib/ensure-link';
import { notifyIncoming, openThreadOnNotificationClick, refreshBadge } from '../lib/inbox-alerts';
import { runtimeMessageListener } from '../lib/runtime-messages';
import { sendAsSms } from '../lib/send-as-sms';

const MENU_ID = 'peertext-send-as-sms';
const LINK_ALARM = 'peertext-ensure-link';

const background: BackgroundDefinition = defineBackground(() => {
  const onIncoming = (incoming: { count: number; address: string; body: string }) => {
    void refreshBadge();
    void notifyIncoming(incoming);
  };
  // Firefox keeps a persistent background page with RTCPeerConnection: the ComputerEndpoint lives right here.
  const ensureLink =
    import.meta.env.BROWSER === 'firefox'
      ? (() => {
          const started = import('../lib/start-endpoint').then(({ startEndpoint }) =>
            startEndpoint(onIncoming),
          );
          return () => started.then(() => undefined);
        })()
      : ensureOffscreenLink;
  openThreadOnNotificationClick();
  void refreshBadge();

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: 'Send as SMS…', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === MENU_ID) void sendAsSms(info.selectionText ?? '');
  });
  browser.runtime.onMessage.addListener(
    runtimeMessageListener({
      'ensure-link': () => ensureLink().then(() => true),
      incoming: (message) => onIncoming(message),
      'unread-changed': () => void refreshBadge(),
    }),
  );
  browser.runtime.onStartup.addListener(() => void ensureLink());
  // The link document can go (closed by the browser, or crashed) with no event here: look again
  // every half minute, so queued texts do not wait for the person to open the popup.
  void browser.alarms.create(LINK_ALARM, { periodInMinutes: 0.5 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === LINK_ALARM) void ensureLink();
  });
  void ensureLink();

  // The native context menu cannot be opened headless; tests call the same handler.
  (globalThis as { peertextSendAsSms?: typeof sendAsSms }).peertextSendAsSms = sendAsSms;
});

export default background;
