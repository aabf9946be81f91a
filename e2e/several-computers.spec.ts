import { bridgeSends, expect, pair, screenshotPath, sendText, test } from './support/fixtures';
import { launchWithExtension } from './support/launch-with-extension';

test('two computers pair with one phone, both send through it, and unpairing one leaves the other', async ({
  popup,
  phone,
}) => {
  await pair(popup, phone);
  const second = await launchWithExtension();
  try {
    const worker = second.context.serviceWorkers()[0] ?? (await second.context.waitForEvent('serviceworker'));
    const popup2 = await second.context.newPage();
    await popup2.setViewportSize({ width: 380, height: 600 });
    await popup2.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
    const href = await popup2.getByTestId('pairing-link').getAttribute('href');
    await phone.goto(href!);
    await phone.getByTestId('pair-confirm').click();
    await expect(popup2.getByTestId('link-status')).toHaveAttribute('data-phone', 'connected');
    await expect(phone.getByTestId('computer')).toHaveCount(2);
    for (const card of await phone.getByTestId('computer').all()) {
      await expect(card).toHaveAttribute('data-state', 'connected');
    }
    await phone.screenshot({ path: screenshotPath('phone-two-computers') });

    const fromFirst = await sendText(popup, '+447911123456', 'From the first computer');
    const fromSecond = await sendText(popup2, '+447911123456', 'From the second computer');
    await expect(fromFirst).toHaveAttribute('data-state', 'delivered');
    await expect(fromSecond).toHaveAttribute('data-state', 'delivered');

    // The first computer unpairs: the phone forgets it, the second one keeps working.
    popup.on('dialog', (dialog) => void dialog.accept());
    await popup.getByTestId('unpair-phone').click();
    await expect(phone.getByTestId('computer')).toHaveCount(1);
    const still = await sendText(popup2, '+447911123456', 'Still here');
    await expect(still).toHaveAttribute('data-state', 'delivered');
    expect((await bridgeSends(phone)).map((s) => s.body).sort()).toEqual([
      'From the first computer',
      'From the second computer',
      'Still here',
    ]);
  } finally {
    await second.close();
  }
});
