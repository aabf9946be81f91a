import { screenshotPath } from '../support/fixtures';
import { expect, test } from './fixtures';
import { SERVER_NAME, SERVER_URL } from './services';

test.describe('the phone app at the address the README gives', () => {
  test('over https from the signaling server: a secure context with WebCrypto, and it boots', async ({
    phone,
  }) => {
    const errors: string[] = [];
    phone.on('pageerror', (error) => errors.push(error.message));
    await phone.goto(`${SERVER_URL}/`);
    await expect(phone.locator('pt-phone-app')).toHaveAttribute('data-started', 'yes');
    expect(
      await phone.evaluate(() => ({
        secure: isSecureContext,
        subtle: typeof crypto.subtle?.generateKey,
        serviceWorker: 'serviceWorker' in navigator,
        origin: location.origin,
      })),
    ).toEqual({ secure: true, subtle: 'function', serviceWorker: true, origin: SERVER_URL });
    expect(errors).toEqual([]);
  });

  test('over plain http: it starts nothing and says why, and how to get to a secure address', async ({
    phone,
  }) => {
    await phone.goto(`http://${SERVER_NAME}:8080/`);
    const notice = phone.getByTestId('not-secure');
    await expect(notice).toContainText('is not a secure connection');
    await expect(notice).toContainText('Android app');
    expect(await phone.evaluate(() => isSecureContext)).toBe(false);
    await expect(phone.locator('pt-phone-app')).toHaveCount(0);
    await phone.screenshot({ path: screenshotPath('phone-not-secure') });
  });
});
