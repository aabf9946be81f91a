import type { Worker } from '@playwright/test';
import {
  deleteOnPhone,
  expect,
  pair,
  receiveSms,
  screenshotPath,
  sendFromPhoneApp,
  storedKeys,
  test,
} from './support/fixtures';
import { popupScreen } from './support/popup-screen';

const FRIEND = '+447911123789';
const HISTORY = [
  {
    id: 1,
    box: 'inbox' as const,
    address: '07911 123790',
    body: 'Lunch on Friday?',
    date: Date.now() - 86_400_000,
    read: true,
  },
  {
    id: 2,
    box: 'sent' as const,
    address: '07911 123790',
    body: 'Yes, 1pm',
    date: Date.now() - 86_000_000,
    read: true,
  },
  {
    id: 3,
    box: 'inbox' as const,
    address: 'BANK',
    body: 'Your code is 123456',
    date: Date.now() - 3_600_000,
    read: true,
  },
];

test.use({ bridgeOptions: { inbox: HISTORY, contacts: [{ number: FRIEND, name: 'Alice Example' }] } });

const badge = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));

test('history, texts received while the computer was away, and live texts all arrive in order, none twice', async ({
  popup,
  phone,
  serviceWorker,
}) => {
  // The phone page reads numbers without a country code as British, like a phone set to en-GB.
  await phone.addInitScript(() =>
    Object.defineProperty(navigator, 'languages', { get: () => ['en-GB', 'en'] }),
  );
  await pair(popup, phone);
  await expect(popup.getByTestId('conversation')).toHaveCount(2, { timeout: 20_000 });
  await expect(popup.getByTestId('conversation').first()).toHaveAttribute('data-address', 'BANK');

  // The computer goes away: its link document is closed.
  await serviceWorker.evaluate(() => chrome.offscreen.closeDocument());
  await expect(phone.getByTestId('computer')).not.toHaveAttribute('data-state', 'connected', {
    timeout: 30_000,
  });
  await receiveSms(phone, FRIEND, 'Are you free?');
  await receiveSms(phone, FRIEND, 'Are you free?');
  await receiveSms(phone, FRIEND, 'Call me when you can');

  // Back: the popup brings the link up, which pulls what it missed.
  await popup.reload();
  const friend = popup.locator(`[data-testid="conversation"][data-address="${FRIEND}"]`);
  await expect(friend.getByTestId('conversation-unread')).toHaveText('3', { timeout: 40_000 });
  await expect.poll(() => badge(serviceWorker)).toBe('3');
  // The phone's contacts name the thread, and a name finds the number when writing a new text.
  await expect(friend.getByTestId('conversation-name')).toHaveText('Alice Example');
  await popupScreen(popup, 'popup-conversations', [popup.getByTestId('send'), friend]);
  await popup.getByTestId('recipient').fill('ali');
  // The computer's browser runs in en-GB (launch-with-extension.ts): British numbers the national way.
  expect(await popup.evaluate(() => navigator.languages[0])).toBe('en-GB');
  await expect(popup.getByTestId('recipient-suggestion')).toHaveText([/Alice Example\s+07911 123789/]);
  await popup.screenshot({ path: screenshotPath('popup-compose-contacts') });
  await popup.getByTestId('recipient-suggestion').click();
  await expect(popup.getByTestId('recipient')).toHaveValue(FRIEND);
  await popup.getByTestId('recipient').fill('');

  await friend.click();
  const messages = popup.getByTestId('thread-message');
  await expect(messages).toHaveText([/^Are you free\?/, /^Are you free\?/, /^Call me when you can/]);
  await expect.poll(() => badge(serviceWorker)).toBe('');

  await popup.getByTestId('thread-body').fill('Calling in 5');
  await popup.getByTestId('thread-send').click();
  await expect(messages.last()).toHaveAttribute('data-state', 'delivered');
  await receiveSms(phone, FRIEND, 'Great');
  await expect(messages).toHaveCount(5);
  await expect(messages.last()).toHaveAttribute('data-direction', 'in');
  await popupScreen(popup, 'popup-thread', [
    popup.getByTestId('thread-body'),
    popup.getByTestId('thread-send'),
  ]);

  // Both stores agree: every message once, the same ids on both sides.
  const phoneIds = await storedKeys(phone, 'peertext-phone', 'messages');
  expect(phoneIds).toHaveLength(HISTORY.length + 5);
  await expect.poll(() => storedKeys(popup, 'peertext', 'messages')).toEqual(phoneIds);

  // The phone shows the same conversations, and that this computer has every text.
  await expect(phone.getByTestId('computer-sync')).toHaveAttribute('data-up-to-date', 'true');
  await expect(phone.getByTestId('computer-sync')).toHaveText('Has all your texts');
  const onPhone = phone.getByTestId('phone-conversation');
  await expect(onPhone).toHaveCount(3);
  await expect(onPhone.first()).toHaveAttribute('data-address', FRIEND);
  await phone.screenshot({ path: screenshotPath('phone-conversations'), fullPage: true });
  await onPhone.first().click();
  await expect(phone.getByTestId('phone-thread-message')).toHaveText([
    /^Are you free\?/,
    /^Are you free\?/,
    /^Call me when you can/,
    /^Calling in 5.*Delivered/,
    /^Great/,
  ]);
  await phone.screenshot({ path: screenshotPath('phone-thread'), fullPage: true });

  // Gone (until the extension's half-minute check brings its link back): the phone says when it
  // last had everything.
  await serviceWorker.evaluate(() => chrome.offscreen.closeDocument());
  await expect(phone.getByTestId('computer-sync')).toHaveText(/^Had all your texts at /);
  await expect(phone.getByTestId('computer-sync')).toHaveText('Has all your texts', { timeout: 60_000 });
});

test("texts sent from the phone's own app and texts deleted on the phone reach the computer", async ({
  popup,
  phone,
}) => {
  await phone.addInitScript(() =>
    Object.defineProperty(navigator, 'languages', { get: () => ['en-GB', 'en'] }),
  );
  await pair(popup, phone);
  await expect(popup.getByTestId('conversation')).toHaveCount(2, { timeout: 20_000 });
  await receiveSms(phone, FRIEND, 'Dinner?');
  await sendFromPhoneApp(phone, '07911 123789', 'Sure, 8pm');
  const friend = popup.locator(`[data-testid="conversation"][data-address="${FRIEND}"]`);
  await friend.click();
  const messages = popup.getByTestId('thread-message');
  await expect(messages).toHaveText([/^Dinner\?/, /^Sure, 8pm/], { timeout: 20_000 });
  await expect(messages.last()).toHaveAttribute('data-direction', 'out');

  // The whole lunch conversation and the dinner question are deleted on the phone.
  expect(await deleteOnPhone(phone, ['Lunch on Friday?', 'Yes, 1pm', 'Dinner?'])).toBe(3);
  await expect(messages).toHaveText([/^Sure, 8pm/], { timeout: 20_000 });
  await popup.getByTestId('thread-back').click();
  await expect(popup.getByTestId('conversation')).toHaveCount(2);
  await expect(popup.locator('[data-testid="conversation"][data-address="+447911123790"]')).toHaveCount(0);
  await expect(friend).toContainText('You: Sure, 8pm');

  const phoneIds = await storedKeys(phone, 'peertext-phone', 'messages');
  expect(phoneIds).toHaveLength(2);
  await expect.poll(() => storedKeys(popup, 'peertext', 'messages')).toEqual(phoneIds);
  await expect(phone.getByTestId('phone-conversation')).toHaveCount(2);
});
