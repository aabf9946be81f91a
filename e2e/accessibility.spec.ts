import { expectAccessible, tabOrder } from './support/accessibility';
import {
  expect,
  outboxItem,
  PWA_ORIGIN,
  pair,
  receiveSms,
  showPairingCode,
  storedKeys,
  test,
  typePairingCode,
} from './support/fixtures';

const FRIEND = '+447911123789';

test('every popup and phone screen passes axe-core with no serious or critical violations', async ({
  popup,
  phone,
  context,
  extensionId,
}) => {
  await expect(popup.getByTestId('pairing-qr')).toBeVisible();
  await expectAccessible(popup, 'popup: pairing');
  await phone.goto(`${PWA_ORIGIN}/`);
  await expect(phone.getByTestId('code-input')).toBeVisible();
  await expectAccessible(phone, 'phone: home');

  // The typed-code check on both screens.
  await typePairingCode(phone, await showPairingCode(popup));
  await expect(popup.getByTestId('sas-value')).toHaveText(/^\d{3} \d{3}$/, { timeout: 20_000 });
  await expect(phone.getByTestId('sas-value')).toBeVisible();
  await expectAccessible(popup, 'popup: code check');
  await expectAccessible(phone, 'phone: code check');
  await phone.getByTestId('sas-reject').click();
  await expect(phone.getByTestId('computer')).toHaveCount(0, { timeout: 20_000 });

  // Paired by link: the prompt, then compose, a received text, the thread.
  await popup.reload();
  const href = await popup.getByTestId('pairing-link').getAttribute('href');
  await phone.goto(href!);
  await expect(phone.getByTestId('pair-confirm')).toBeVisible();
  await expectAccessible(phone, 'phone: pairing prompt');
  await phone.getByTestId('pair-confirm').click();
  await expect(popup.getByTestId('link-status')).toHaveAttribute('data-phone', 'connected');
  await receiveSms(phone, FRIEND, 'Are you free?');
  const friend = popup.locator(`[data-testid="conversation"][data-address="${FRIEND}"]`);
  await expect(friend).toBeVisible({ timeout: 20_000 });
  await expectAccessible(popup, 'popup: compose and conversations');
  await expectAccessible(phone, 'phone: paired');
  await friend.click();
  await expect(popup.getByTestId('thread-message')).toHaveCount(1);
  await expectAccessible(popup, 'popup: thread');

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading').first()).toBeVisible();
  await expectAccessible(options, 'options');
  await options.close();
});

test('the popup works from the keyboard alone: every control is reached by Tab, and a text goes out', async ({
  popup,
  phone,
}) => {
  await expect(popup.getByTestId('pairing-qr')).toBeVisible();
  const unpaired = await tabOrder(popup);
  for (const control of ['toggle-pairing', 'pairing-link', 'pairing-use-code', 'recipient', 'body', 'send']) {
    expect(unpaired, `Tab never reaches ${control}`).toContain(control);
  }
  await pair(popup, phone);
  await receiveSms(phone, FRIEND, 'Are you free?');
  await expect(popup.locator(`[data-testid="conversation"][data-address="${FRIEND}"]`)).toBeVisible({
    timeout: 20_000,
  });
  const paired = await tabOrder(popup);
  for (const control of [
    'unpair-phone',
    'unpair-remove-texts',
    'recipient',
    'body',
    'send',
    'search',
    'conversation',
  ]) {
    expect(paired, `Tab never reaches ${control}`).toContain(control);
  }

  // A text typed and sent with the keyboard only.
  const before = new Set(await storedKeys(popup, 'peertext', 'outbox'));
  await popup.getByTestId('recipient').focus();
  await popup.keyboard.type('07911 123456');
  await popup.keyboard.press('Tab');
  await popup.keyboard.type('Sent from the keyboard');
  await popup.keyboard.press('Control+Enter');
  await expect
    .poll(async () => (await storedKeys(popup, 'peertext', 'outbox')).filter((id) => !before.has(id)).length)
    .toBe(1);
  const [added] = (await storedKeys(popup, 'peertext', 'outbox')).filter((id) => !before.has(id));
  await expect(outboxItem(popup, added!)).toHaveAttribute('data-state', 'delivered');

  // A conversation opens with Enter, and its reply box is next.
  await popup.locator(`[data-testid="conversation"][data-address="${FRIEND}"]`).focus();
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('thread-message')).toHaveCount(1);
  const thread = await tabOrder(popup);
  for (const control of ['thread-back', 'thread-body', 'thread-send']) {
    expect(thread, `Tab never reaches ${control}`).toContain(control);
  }
});
