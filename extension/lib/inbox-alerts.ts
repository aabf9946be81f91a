import { displayAddress } from '@core/address/display-address';
import { defaultCountry } from '@web/default-country';
import { BADGE_COLOUR } from '@web/palette';
import { browser } from 'wxt/browser';
import { db } from './extension-db';
import { i18n } from './i18n';
import { readKv } from './kv';
import { openTabView } from './tab-view';

const NOTIFICATION_PREFIX = 'peertext-thread:';

/** Chrome MV3 has `action`; Firefox's MV2 build has `browserAction`. */
function toolbarButton() {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

/** The toolbar badge: unread texts across all conversations. */
export async function refreshBadge(): Promise<void> {
  const unread = (await db.threads.toArray()).reduce((sum, thread) => sum + thread.unread, 0);
  const button = toolbarButton();
  await button.setBadgeBackgroundColor({ color: BADGE_COLOUR });
  await button.setBadgeText({ text: unread === 0 ? '' : unread > 99 ? '99+' : String(unread) });
}

/**
 * One notification per conversation (a newer text replaces it); clicking opens that conversation.
 * With the text hidden (options page, for shared screens) it says only who wrote. The number is
 * shown as everywhere else (`displayAddress`), national for the browser's language region.
 */
export async function notifyIncoming(incoming: {
  count: number;
  address: string;
  body: string;
}): Promise<void> {
  await browser.notifications.create(`${NOTIFICATION_PREFIX}${incoming.address}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title:
      incoming.count > 1
        ? i18n.t('notification.newTexts', incoming.count)
        : i18n.t('notification.from', { who: displayAddress(incoming.address, defaultCountry()) }),
    message: (await readKv('notificationText')) === false ? i18n.t('notification.hidden') : incoming.body,
  });
}

export function openThreadOnNotificationClick(): void {
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(NOTIFICATION_PREFIX)) return;
    const address = id.slice(NOTIFICATION_PREFIX.length);
    void openTabView(address);
    void browser.notifications.clear(id);
  });
}
