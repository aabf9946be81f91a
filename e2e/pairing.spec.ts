import { chromium, devices } from '@playwright/test';
import { bridgeDoubleScript } from './support/bridge-double';
import { chromiumArgs, chromiumPath } from './support/chromium-path';
import { expect, PWA_ORIGIN, screenshotPath, test } from './support/fixtures';
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
    const context = await browser.newContext({ ...devices['Pixel 7'], permissions: ['camera'] });
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
