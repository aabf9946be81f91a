import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * axe-core on the page as it is now: no serious or critical violations. Each failure names the rule,
 * its help text and the elements, so the report says what to fix.
 */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `${screen}: accessibility violations`).toEqual([]);
}

/**
 * Presses Tab from the top of the page until focus comes round again, and returns the test id (or
 * tag) of each control focused on the way, looking through shadow roots.
 */
export async function tabOrder(page: Page, max = 60): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      let element = document.activeElement;
      while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
      if (!element || element === document.body) return undefined;
      return element.getAttribute('data-testid') ?? element.tagName.toLowerCase();
    });
    if (focused === undefined) continue;
    if (seen[0] === focused && seen.length > 1) break;
    seen.push(focused);
  }
  return seen;
}
