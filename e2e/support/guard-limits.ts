import type { Page } from '@playwright/test';

/**
 * Sets the phone's send limits (in SMS) through its own settings, as a person would, and waits for "Saved".
 * For runs that send many texts (the fault run, the benchmarks): the guards are not under test there.
 */
export async function setGuardLimits(phone: Page, perWindow: number, perDay: number): Promise<void> {
  const settings = phone.getByTestId('guard-settings');
  await settings.locator('summary').click();
  await phone.getByTestId('guard-per-window').fill(String(perWindow));
  await phone.getByTestId('guard-per-day').fill(String(perDay));
  // One computer in these runs: the limit for all of them together is the same as its own.
  await phone.getByTestId('guard-total-per-day').fill(String(perDay));
  await phone.getByTestId('guard-save').click();
  await settings.filter({ hasText: 'Saved' }).waitFor();
}
