import type { Page, Worker } from '@playwright/test';
import { expect, pair, screenshotPath, test } from './support/fixtures';

// Issue 17, item 6: "Text this number", the keyboard shortcut, and the full-tab view.

const ALICE = '+447911123456';
const FRIEND = '+447911123789';

/** The context menu's handler, as background.ts exposes it: the native menu cannot be opened headless. */
async function clickMenu(
  serviceWorker: Worker,
  info: { menuItemId: string; selectionText?: string; linkUrl?: string },
): Promise<void> {
  await serviceWorker.evaluate(async (given) => {
    await (
      globalThis as unknown as { peertextTextFromMenu(info: unknown): Promise<void> }
    ).peertextTextFromMenu(given);
  }, info);
}

test('"Text this number" on a selected number and on a tel: link opens compose with it in "To"', async ({
  context,
  serviceWorker,
}) => {
  // Both items exist: update() fails for an id the browser never created (tel:* refused, say).
  const missing = () =>
    serviceWorker.evaluate(() =>
      Promise.all(
        ['peertext-send-as-sms', 'peertext-text-number'].map(
          (id) =>
            new Promise<string | undefined>((resolve) =>
              chrome.contextMenus.update(id, {}, () => resolve(chrome.runtime.lastError ? id : undefined)),
            ),
        ),
      ),
    );
  // onInstalled creates them just after the worker starts: wait for it.
  await expect.poll(async () => (await missing()).filter(Boolean)).toEqual([]);
  // The browser is British (launch-with-extension.ts): national numbers are read as GB ones.
  expect(await serviceWorker.evaluate(() => navigator.languages[0])).toBe('en-GB');

  const cases = [
    { menuItemId: 'peertext-send-as-sms', selectionText: '+44 7911 123456' },
    { menuItemId: 'peertext-send-as-sms', selectionText: '07911 123456' },
    { menuItemId: 'peertext-text-number', linkUrl: 'tel:+447911123456' },
    { menuItemId: 'peertext-text-number', linkUrl: 'tel:07911%20123456' },
  ];
  for (const info of cases) {
    const opened = context.waitForEvent('page');
    await clickMenu(serviceWorker, info);
    const compose = await opened;
    await expect(compose, JSON.stringify(info)).toHaveURL(/popup\.html\?from=number/);
    await expect(compose.getByTestId('recipient'), JSON.stringify(info)).toHaveValue(ALICE);
    await expect(compose.getByTestId('body')).toHaveValue('');
    // The number is in: the cursor waits in the message.
    await expect(compose.getByTestId('body')).toBeFocused();
    if (info.linkUrl === 'tel:+447911123456') {
      await compose.screenshot({ path: screenshotPath('popup-text-this-number') });
    }
    await compose.close();
  }

  // A sentence with a number in it is a text to send, not a recipient.
  const opened = context.waitForEvent('page');
  await clickMenu(serviceWorker, {
    menuItemId: 'peertext-send-as-sms',
    selectionText: 'Call me on +44 7911 123456 after six',
  });
  const compose = await opened;
  await expect(compose).toHaveURL(/popup\.html\?from=selection/);
  await expect(compose.getByTestId('body')).toHaveValue('Call me on +44 7911 123456 after six');
  await expect(compose.getByTestId('recipient')).toHaveValue('');
});

test('the popup shows the shortcut that opens it, as the browser has it, with the cursor in "To"', async ({
  popup,
  serviceWorker,
}) => {
  const shortcut = await serviceWorker.evaluate(
    async () => (await chrome.commands.getAll()).find((c) => c.name === '_execute_action')?.shortcut ?? '',
  );
  // The suggested key is free in a fresh profile, so the browser assigns it.
  expect(shortcut).toMatch(/Shift\+Y$/);
  await expect(popup.getByTestId('shortcut')).toHaveText(shortcut);
  await expect(popup.getByTestId('recipient')).toBeFocused();
  await popup.screenshot({ path: screenshotPath('popup-shortcut') });
});

test.describe('with conversations on the phone', () => {
  test.use({
    bridgeOptions: {
      inbox: [
        {
          id: 1,
          box: 'inbox',
          address: '07911 123789',
          body: 'Lunch on Friday?',
          date: Date.now() - 86_400_000,
          read: true,
        },
        {
          id: 2,
          box: 'sent',
          address: '07911 123789',
          body: 'Yes, 1pm',
          date: Date.now() - 86_000_000,
          read: true,
        },
        {
          id: 3,
          box: 'inbox',
          address: 'BANK',
          body: 'Your code is 123456',
          date: Date.now() - 3_600_000,
          read: true,
        },
      ],
      contacts: [{ number: FRIEND, name: 'Alice Example' }],
    },
  });

  test('"Open in a tab" shows the conversations beside the open thread', async ({
    context,
    popup,
    phone,
  }) => {
    await phone.addInitScript(() =>
      Object.defineProperty(navigator, 'languages', { get: () => ['en-GB', 'en'] }),
    );
    await pair(popup, phone);
    await expect(popup.getByTestId('conversation')).toHaveCount(2, { timeout: 20_000 });

    const opened = context.waitForEvent('page');
    await popup.getByTestId('open-tab').click();
    const tab: Page = await opened;
    await tab.setViewportSize({ width: 1200, height: 800 });
    await expect(tab).toHaveURL(/\/tab\.html$/);
    await expect(tab.getByTestId('conversation')).toHaveCount(2);
    await expect(tab.getByTestId('recipient')).toBeVisible();

    await tab.locator(`[data-testid="conversation"][data-address="${FRIEND}"]`).click();
    await expect(tab.getByTestId('thread-address')).toHaveText('Alice Example');
    await expect(tab.getByTestId('thread-message')).toHaveText([/^Lunch on Friday\?/, /^Yes, 1pm/]);
    await expect(tab).toHaveURL(/#thread=%2B447911123789$/);
    // Wide: the list stays in view to the left of the thread.
    const list = await tab.getByTestId('conversation').first().boundingBox();
    const thread = await tab.getByTestId('thread-body').boundingBox();
    expect(list!.x + list!.width).toBeLessThan(thread!.x);
    await tab.screenshot({ path: screenshotPath('tab-view') });

    // A notification's click opens this page at its thread: the same URL, loaded afresh.
    await tab.reload();
    await expect(tab.getByTestId('thread-message')).toHaveCount(2);
  });
});
