import { expect, PWA_ORIGIN, screenshotPath, test } from './support/fixtures';

test.describe('first run inside the Android app', () => {
  test.use({ firstRun: true });

  test('a note on RCS chats, shown once', async ({ phone }) => {
    await phone.goto(`${PWA_ORIGIN}/`);
    const note = phone.getByTestId('rcs-note');
    await expect(note).toContainText('RCS');
    await phone.screenshot({ path: screenshotPath('phone-rcs-note') });
    await phone.getByTestId('rcs-note-dismiss').click();
    await expect(note).toHaveCount(0);
    await phone.reload();
    await expect(phone.locator('pt-phone-app')).toHaveAttribute('data-started', 'yes');
    await expect(phone.getByTestId('rcs-note')).toHaveCount(0);
  });
});

test.describe('when Android refused the SMS permissions without asking (restricted settings)', () => {
  test.use({ bridgeOptions: { smsPermissions: 'restricted' } });

  test('the phone app shows the steps to allow them', async ({ phone }) => {
    await phone.goto(`${PWA_ORIGIN}/`);
    const card = phone.getByTestId('restricted-settings');
    await expect(card).toBeVisible();
    await expect(phone.getByTestId('restricted-steps')).toContainText('Allow restricted settings');
    await phone.screenshot({ path: screenshotPath('phone-restricted-settings') });
  });
});
