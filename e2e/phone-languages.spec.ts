import { devices } from '@playwright/test';
import { bridgeDoubleScript } from './support/bridge-double';
import { expect, PWA_ORIGIN, pair, phoneRequest, screenshotPath, sendText, test } from './support/fixtures';

// The phone app in both its languages, chosen from the phone's own (navigator.languages): the
// English screens are those of the other specs; these are the same key screens in Simplified Chinese.
test('a phone set to Simplified Chinese shows the phone app in Chinese', async ({ popup, phoneBrowser }) => {
  const context = await phoneBrowser.newContext({ ...devices['Pixel 7'], locale: 'zh-CN' });
  try {
    await context.addInitScript(bridgeDoubleScript({}));
    const phone = await context.newPage();
    await phone.goto(`${PWA_ORIGIN}/`);
    await expect(phone.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(phone.getByTestId('scan-qr')).toHaveText('扫描二维码');
    await phone.screenshot({ path: screenshotPath('phone-pair-options-zh-CN') });

    const href = await popup.getByTestId('pairing-link').getAttribute('href');
    await phone.goto(href!);
    await expect(phone.getByTestId('pair-confirm')).toHaveText('配对');
    await phone.screenshot({ path: screenshotPath('phone-scan-confirm-zh-CN') });
    await phone.goto(`${PWA_ORIGIN}/`);

    await pair(popup, phone);
    await expect(phone.getByTestId('computer-sync')).toHaveText('已有你的全部短信', { timeout: 60_000 });
    // A number of the phone's own country (CN, from zh-CN): a text abroad would wait for an OK.
    const item = await sendText(popup, '+8613812345678', 'Hello from the computer');
    await expect((await phoneRequest(phone, item)).locator('.state')).toHaveText(/已送达|已发送/, {
      timeout: 20_000,
    });
    await phone.screenshot({ path: screenshotPath('phone-paired-list-zh-CN'), fullPage: true });
  } finally {
    await context.close();
  }
});
