import { bridgeSends, expect, pair, phoneRequest, screenshotPath, sendText, test } from './support/fixtures';

test('a short code waits for the OK on the phone; "Send it" sends once, "Don\'t send" fails it on the computer', async ({
  popup,
  phone,
}) => {
  await pair(popup, phone);
  const held = await sendText(popup, '84222', 'STOP');
  await expect(held).toHaveAttribute('data-state', 'on-phone');
  await expect(held).toContainText('Confirm on the phone');
  const request = await phoneRequest(phone, held);
  await expect(request.getByTestId('request-reason')).toContainText('short code');
  await phone.screenshot({ path: screenshotPath('phone-held-request') });
  await popup.screenshot({ path: screenshotPath('popup-held-request') });
  expect(await bridgeSends(phone)).toEqual([]);

  await request.getByTestId('request-confirm').click();
  await expect(held).toHaveAttribute('data-state', 'delivered');
  await expect(held).not.toContainText('Confirm on the phone');
  expect((await bridgeSends(phone)).map((s) => s.to)).toEqual(['84222']);

  const premium = await sendText(popup, '+44 909 879 0000', 'Vote 3');
  await expect(premium).toContainText('premium-rate');
  await (await phoneRequest(phone, premium)).getByTestId('request-refuse').click();
  await expect(premium).toHaveAttribute('data-state', 'failed');
  await expect(premium).toContainText('Refused on the phone.');
  await expect(phone.getByTestId('request-confirm')).toHaveCount(0);
  expect(await bridgeSends(phone)).toHaveLength(1);
});

test('the limit set on the phone refuses the text past it, and says so on the computer', async ({
  popup,
  phone,
}) => {
  await pair(popup, phone);
  await phone.getByTestId('guard-settings').locator('summary').click();
  await expect(phone.getByTestId('guard-per-window')).toHaveValue('30');
  await expect(phone.getByTestId('guard-per-day')).toHaveValue('200');
  await phone.getByTestId('guard-per-window').fill('0');
  await phone.getByTestId('guard-save').click();
  await expect(phone.getByTestId('guard-settings')).toContainText('whole number from 1');
  await phone.getByTestId('guard-per-window').fill('2');
  await phone.getByTestId('guard-save').click();
  await expect(phone.getByTestId('guard-settings')).toContainText('Saved');
  await phone.getByTestId('guard-settings').scrollIntoViewIfNeeded();
  await phone.screenshot({ path: screenshotPath('phone-guard-settings') });

  for (const body of ['One', 'Two']) {
    await expect(await sendText(popup, '+447911123456', body)).toHaveAttribute('data-state', 'delivered');
  }
  const third = await sendText(popup, '+447911123456', 'Three');
  await expect(third).toHaveAttribute('data-state', 'failed');
  await expect(third).toContainText('2 SMS every 10 minutes');
  expect((await bridgeSends(phone)).map((s) => s.body)).toEqual(['One', 'Two']);
});
