import type { BackgroundDefinition } from 'wxt';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ensureOffscreenLink } from '../lib/ensure-link';
import { i18n } from '../lib/i18n';
import { notifyIncoming, openThreadOnNotificationClick, refreshBadge } from '../lib/inbox-alerts';
import { runtimeMessageListener } from '../lib/runtime-messages';
import { sendAsSms, textFromMenu } from '../lib/send-as-sms';

const MENU_ID = 'peertext-send-as-sms';
const TEL_MENU_ID = 'peertext-text-number';
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
    // One item for every selection, whose handler decides (a number goes in "To", other text is the
    // message): Chrome cannot show an item only for number-like selections, and a second item
    // would put every selection's two choices in a "PeerText" submenu, a click more each time,
    // with "Text this number" offered on prose. A person who sends a selected number means to text it.
    browser.contextMenus.create({ id: MENU_ID, title: i18n.t('menu.sendAsSms'), contexts: ['selection'] });
    // A tel: link is a number on purpose: its own item, shown only on such links.
    browser.contextMenus.create(
      {
        id: TEL_MENU_ID,
        title: i18n.t('menu.textThisNumber'),
        contexts: ['link'],
        targetUrlPatterns: ['tel:*'],
      },
      () => {
        const failed = browser.runtime.lastError;
        if (failed) console.error('PeerText: no "Text this number" item', failed.message);
      },
    );
  });
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === MENU_ID || info.menuItemId === TEL_MENU_ID) void textFromMenu(info);
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
  const tests = globalThis as {
    peertextSendAsSms?: typeof sendAsSms;
    peertextTextFromMenu?: typeof textFromMenu;
  };
  tests.peertextSendAsSms = sendAsSms;
  tests.peertextTextFromMenu = textFromMenu;
});

export default background;
