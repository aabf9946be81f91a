import {
  bridgeConnections,
  bridgeSends,
  compose,
  expect,
  pair,
  pairThenPhoneAway,
  screenshotPath,
  sendText,
  storedKeys,
  test,
} from './support/fixtures';
import { popupScreen } from './support/popup-screen';

const ALICE = '+447911123456';

test.describe('with the radio reporting delivery well after sent', () => {
  // The double's default delivery comes 35 ms after `sent`: too soon for the popup's `sent` to be seen.
  test.use({ bridgeOptions: { deliveredDelayMs: 1_500 } });

  test('pair, send from the popup: the phone sends it exactly once and the popup shows sent then delivered', async ({
    popup,
    phone,
  }) => {
    await expect(popup.getByTestId('pairing-qr')).toBeVisible();
    await popupScreen(popup, 'popup-pairing', [
      popup.getByTestId('pairing-qr'),
      popup.getByTestId('pairing-use-code'),
    ]);
    await pair(popup, phone);

    const item = await sendText(popup, '+44 7911 123456', 'Running late, there in 10');
    await expect(item).toHaveAttribute('data-state', 'sent');
    await expect(item).toHaveAttribute('data-state', 'delivered');
    await popupScreen(popup, 'popup-delivered', [popup.getByTestId('send'), item]);

    const sends = await bridgeSends(phone);
    expect(sends.map(({ to, body }) => ({ to, body }))).toEqual([
      { to: ALICE, body: 'Running late, there in 10' },
    ]);
    await expect(phone.getByTestId('request')).toHaveAttribute('data-state', 'delivered');
    await phone.screenshot({ path: screenshotPath('phone-home') });
    // The wrapper's notification names the connected computer.
    const name = (
      await phone.getByTestId('computer').locator('[data-testid="computer-name"]').textContent()
    )?.trim();
    await expect.poll(() => bridgeConnections(phone)).toEqual([name]);
  });
});

test('a send while the phone page is closed stays queued and goes out once the phone returns', async ({
  popup,
  phone,
  phoneContext,
}) => {
  await pairThenPhoneAway(popup, phone);

  const item = await sendText(popup, ALICE, 'Sent while the phone was away');
  // No phone is there to take it: the link says so, and the text waits for it.
  await expect(popup.getByTestId('link-status')).toHaveAttribute('data-phone', 'away');
  await expect(item).toHaveAttribute('data-state', 'queued');
  // The text starts its conversation at once, before any phone has it (issue 17).
  const conversation = popup.locator(`[data-testid="conversation"][data-address="${ALICE}"]`);
  await expect(conversation).toContainText('You: Sent while the phone was away');
  await expect(conversation.getByTestId('conversation-state')).toHaveText('Queued');
  await popup.screenshot({ path: screenshotPath('popup-queued') });

  const back = await phoneContext.newPage();
  await back.goto('http://localhost:8788/');
  await expect(item).toHaveAttribute('data-state', 'delivered');
  // The phone's copy, under the same msgId, leaves it one conversation.
  await expect(conversation.getByTestId('conversation-state')).toHaveText('Delivered');
  await expect(popup.getByTestId('conversation')).toHaveCount(1);
  const sends = await bridgeSends(back);
  expect(sends.filter((s) => s.body === 'Sent while the phone was away')).toHaveLength(1);
});

test.describe('when the radio fails', () => {
  test.use({ bridgeOptions: { failNumbers: ['+447400123456'] } });

  test('a failed send shows the reason the phone gave', async ({ popup, phone }) => {
    await pair(popup, phone);
    const item = await sendText(popup, '+44 7400 123456', 'This will not go');
    await expect(item).toHaveAttribute('data-state', 'failed');
    await expect(item).toContainText('No service');
  });
});

test('"Send as SMS…" on selected text opens compose with the text filled in', async ({
  context,
  serviceWorker,
}) => {
  const opened = context.waitForEvent('page');
  await serviceWorker.evaluate(async () => {
    await (globalThis as unknown as { peertextSendAsSms(text: string): Promise<void> }).peertextSendAsSms(
      'Meet at the north entrance at 7',
    );
  });
  const compose = await opened;
  await expect(compose).toHaveURL(/popup\.html\?from=selection/);
  await expect(compose.getByTestId('body')).toHaveValue('Meet at the north entrance at 7');
  await compose.screenshot({ path: screenshotPath('popup-from-selection') });
});

test('bad input gets a clear error and nothing is stored or sent', async ({ popup, phone }) => {
  await pair(popup, phone);
  await compose(popup, 'call me maybe', 'hello');
  await expect(popup.getByTestId('compose-error')).toHaveText('"call me maybe" is not a phone number.');
  await popup.screenshot({ path: screenshotPath('popup-invalid-number') });

  await compose(popup, '+1 234', 'hello');
  await expect(popup.getByTestId('compose-error')).toContainText('not a valid phone number');

  await compose(popup, ALICE, 'x'.repeat(10_001));
  await expect(popup.getByTestId('compose-error')).toContainText('the limit is 10000');

  await expect(popup.getByTestId('outbox-item')).toHaveCount(0);
  // Nothing was stored, so nothing can be sent later either.
  expect(await storedKeys(popup, 'peertext', 'outbox')).toEqual([]);
  expect(await bridgeSends(phone)).toEqual([]);
});
