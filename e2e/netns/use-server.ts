import { type BrowserContext, expect } from '@playwright/test';

/** On the extension's options page, as a person would: type the server's address, test it, save it. */
export async function useServer(computer: BrowserContext, extensionId: string, url: string): Promise<void> {
  const page = await computer.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.getByTestId('server-url').fill(url);
  await page.getByTestId('server-test').click();
  await expect(page.getByTestId('server-check')).toHaveAttribute('data-result', 'ok');
  await page.getByTestId('server-save').click();
  await expect(page.getByTestId('server-saved')).toContainText(`now uses ${url}.`);
  await page.close();
}
