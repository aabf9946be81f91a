import { chromium, devices } from '@playwright/test';
import { bridgeDoubleScript } from './support/bridge-double';
import { chromiumArgs, chromiumPath } from './support/chromium-path';
import {
  expect,
  PWA_ORIGIN,
  screenshotPath,
  showPairingCode,
  test,
  typePairingCode,
} from './support/fixtures';
import { popupScreen } from './support/popup-screen';
import { writeQrVideo } from './support/qr-video';

test('the phone pairs by scanning the QR code with its camera', async ({ popup }, testInfo) => {
  const href = await popup.getByTestId('pairing-link').getAttribute('href');
  const video = testInfo.outputPath('pairing-qr.y4m');
  writeQrVideo(href!, video);
  // A phone whose camera sees the popup's QR code.
  const browser = await chromium.launch({
    headless: true,
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: [
      ...chromiumArgs,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  try {
    const context = await browser.newContext({
      ...devices['Pixel 7'],
      locale: 'en-GB',
      permissions: ['camera'],
    });
    await context.addInitScript(bridgeDoubleScript({}));
    const phone = await context.newPage();
    await phone.goto(`${PWA_ORIGIN}/`);
    await phone.screenshot({ path: screenshotPath('phone-pair-options') });
    await phone.getByTestId('scan-qr').click();
    await expect(phone.getByTestId('pair-confirm')).toBeVisible({ timeout: 20_000 });
    await phone.screenshot({ path: screenshotPath('phone-scan-confirm') });
    await phone.getByTestId('pair-confirm').click();
    await expect(popup.getByTestId('link-status')).toHaveAttribute('data-phone', 'connected');
    await expect(phone.getByTestId('computer')).toHaveAttribute('data-state', 'connected');
    await phone.screenshot({ path: screenshotPath('phone-paired-list') });
  } finally {
    await browser.close();
  }
});

test('typed-code pairing: both screens show the same six digits, and only both confirmations pair', async ({
  popup,
  phone,
}) => {
  const code = await showPairingCode(popup);
  await popupScreen(popup, 'popup-pairing-code', [popup.getByTestId('pairing-code')]);
  await typePairingCode(phone, code.toLowerCase().replace('-', ' '));
  const phoneSas = phone.getByTestId('sas-value');
  const popupSas = popup.getByTestId('sas-value');
  await expect(phoneSas).toHaveText(/^\d{3} \d{3}$/, { timeout: 20_000 });
  await expect(popupSas).toHaveText((await phoneSas.textContent())!);
  await expect(phone.getByTestId('computer')).toHaveAttribute('data-state', 'checking');
  await expect(phone.getByTestId('computer-since')).toHaveText(
    'Not paired until both screens confirm the numbers',
  );
  await phone.screenshot({ path: screenshotPath('phone-sas-check') });
  await popupScreen(popup, 'popup-sas-check', [
    popupSas,
    popup.getByTestId('sas-confirm'),
    popup.getByTestId('sas-reject'),
  ]);
  // One side's confirmation is not enough.
  await phone.getByTestId('sas-confirm').click();
  await expect(phone.getByTestId('sas-waiting')).toBeVisible();
  await expect(popup.getByTestId('link-status')).not.toHaveAttribute('data-phone', 'connected');
  await popup.getByTestId('sas-confirm').click();
  await expect(popup.getByTestId('link-status')).toHaveAttribute('data-phone', 'connected');
  await expect(phone.getByTestId('sas-value')).toHaveCount(0);
  await expect(phone.getByTestId('computer')).toHaveAttribute('data-state', 'connected');
  await expect(phone.getByTestId('computer-name')).toHaveText(/Chrome/);
  await expect(phone.getByTestId('computer-since')).toHaveText(/^Paired /);
});

test('typed-code pairing: "they differ" on the computer refuses the phone', async ({ popup, phone }) => {
  const code = await showPairingCode(popup);
  await typePairingCode(phone, code);
  await expect(popup.getByTestId('sas-value')).toBeVisible({ timeout: 20_000 });
  await popup.getByTestId('sas-reject').click();
  // The code is spent: the phone's next attempt is refused and it forgets the computer.
  await expect(phone.getByTestId('security-notice').first()).toBeVisible({ timeout: 20_000 });
  await expect(phone.getByTestId('computer')).toHaveCount(0);
  await expect(popup.getByTestId('link-status')).toHaveAttribute('data-phone', 'never-paired');
});

test('guessing a typed code: one wrong guess on the right code id burns the code', async ({
  popup,
  phone,
}) => {
  const code = await showPairingCode(popup);
  const wrong = `${code.slice(0, 5)}${code[5] === '0' ? '1' : '0'}${code.slice(6)}`;
  await typePairingCode(phone, wrong);
  await expect(phone.getByTestId('code-error')).toBeVisible();
  await phone.getByTestId('code-input').fill(code);
  await phone.getByTestId('code-pair').click();
  await expect(phone.getByTestId('code-error')).toContainText(/unknown|expired/i);
  await expect(phone.getByTestId('computer')).toHaveCount(0);
});
