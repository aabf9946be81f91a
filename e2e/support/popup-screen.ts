import { expect, type Locator, type Page } from '@playwright/test';
import { screenshotPath } from './fixtures';

/** Chrome's toolbar popup is at most 600 px tall; the popup fixture's viewport is 380 × 600. */
const POPUP_HEIGHT = 600;

/**
 * Saves a popup screen and checks that the person can act on it without scrolling: each of the
 * screen's primary controls lies wholly inside the first 600 px, with the page not scrolled.
 */
export async function popupScreen(popup: Page, name: string, primary: Locator[]): Promise<void> {
  await popup.screenshot({ path: screenshotPath(name) });
  expect(await popup.evaluate(() => window.scrollY), `${name}: the popup is scrolled`).toBe(0);
  for (const control of primary) {
    const box = await control.boundingBox();
    expect(box, `${name}: ${control} is not shown`).not.toBeNull();
    expect(box!.y + box!.height, `${name}: ${control} is below the fold`).toBeLessThanOrEqual(POPUP_HEIGHT);
  }
}
