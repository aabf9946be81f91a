import { bridgeSends, expect, pair, screenshotPath, sendText, test } from './support/fixtures';

const ALICE = '+447911123456';

test.describe('a phone with two SIMs', () => {
  test.use({
    bridgeOptions: {
      sims: [
        { id: 1, slot: 0, carrier: 'Vodafone', default: false },
        { id: 2, slot: 1, carrier: 'O2', default: true },
      ],
    },
  });

  test('compose offers both SIMs with the phone’s default preselected; the chosen one sends, exactly once', async ({
    popup,
    phone,
  }) => {
    await pair(popup, phone);
    const sim = popup.getByTestId('compose-sim');
    await expect(sim).toBeVisible();
    await expect(sim).toHaveValue('2');
    await expect(sim.locator('option')).toHaveText(['Vodafone · SIM 1', 'O2 · SIM 2 (default)']);
    await expect(popup.getByLabel('Send from')).toBeVisible();
    await popup.screenshot({ path: screenshotPath('popup-sim-choice') });

    await sim.selectOption('1');
    const item = await sendText(popup, ALICE, 'From the work SIM');
    await expect(item).toHaveAttribute('data-state', 'delivered');

    const sends = await bridgeSends(phone);
    expect(sends.map(({ to, body, simId }) => ({ to, body, simId }))).toEqual([
      { to: ALICE, body: 'From the work SIM', simId: 1 },
    ]);
  });
});

test('a phone with one SIM: compose offers no choice', async ({ popup, phone }) => {
  await pair(popup, phone);
  await expect(popup.getByTestId('recipient')).toBeVisible();
  // The phone tells its SIMs right after the handshake: one, so no choice is offered.
  await expect(popup.locator('pt-sim-choice')).toHaveAttribute('data-sims', '1');
  await expect(popup.getByTestId('compose-sim')).toHaveCount(0);
});
