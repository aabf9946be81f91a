import type { Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { expect, PWA_ORIGIN, pair, receiveSms, screenshotPath, test } from './support/fixtures';
import { popupScreen } from './support/popup-screen';

const FRIEND = '+447911123789';

/** The page's own background as the browser paints it: the palette's dark `page` colour is #121417. */
const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const DARK_PAGE = 'rgb(18, 20, 23)';

test('with the system in dark mode the popup, the tab view and the phone app turn dark and stay readable', async ({
  popup,
  phone,
  context,
  extensionId,
}) => {
  await popup.emulateMedia({ colorScheme: 'dark' });
  await phone.emulateMedia({ colorScheme: 'dark' });
  await expect(popup.getByTestId('pairing-qr')).toBeVisible();
  await expect.poll(() => pageBackground(popup)).toBe(DARK_PAGE);
  await expectAccessible(popup, 'popup, dark: pairing');
  await popupScreen(popup, 'popup-pairing-dark', [popup.getByTestId('pairing-link')]);

  await phone.goto(`${PWA_ORIGIN}/`);
  await expect(phone.getByTestId('code-input')).toBeVisible();
  await expect.poll(() => pageBackground(phone)).toBe(DARK_PAGE);
  await expectAccessible(phone, 'phone, dark: home');
  await phone.screenshot({ path: screenshotPath('phone-home-dark') });

  await pair(popup, phone);
  await receiveSms(phone, FRIEND, 'Are you free tonight?');
  const friend = popup.locator(`[data-testid="conversation"][data-address="${FRIEND}"]`);
  await expect(friend).toBeVisible({ timeout: 20_000 });
  await expectAccessible(popup, 'popup, dark: compose and conversations');
  await popupScreen(popup, 'popup-conversations-dark', [popup.getByTestId('send')]);
  await expectAccessible(phone, 'phone, dark: paired');
  await phone.screenshot({ path: screenshotPath('phone-paired-list-dark') });

  await friend.click();
  await expect(popup.getByTestId('thread-message')).toHaveCount(1);
  await expectAccessible(popup, 'popup, dark: thread');
  await popupScreen(popup, 'popup-thread-dark', [popup.getByTestId('thread-message')]);

  const tab = await context.newPage();
  await tab.emulateMedia({ colorScheme: 'dark' });
  await tab.goto(`chrome-extension://${extensionId}/tab.html`);
  await expect(tab.locator(`[data-testid="conversation"][data-address="${FRIEND}"]`)).toBeVisible();
  await expect.poll(() => pageBackground(tab)).toBe(DARK_PAGE);
  await expectAccessible(tab, 'tab view, dark');
  await tab.screenshot({ path: screenshotPath('tab-view-dark') });
  await tab.close();
});
