import { bridgeSends, pair, screenshotPath, sendText } from '../support/fixtures';
import { expect, report, test } from './fixtures';
import { selectedPath } from './selected-path';
import { turnListening, turnProcess } from './services';
import { dropUdpBetweenHomes, movePhoneToSecondNetwork } from './topology';

const ALICE = '+447911123456';

test('the relay goes down: the popup says the phone cannot be reached and why; the text waits, and goes once when it is back', async ({
  popup,
  phone,
  network,
}) => {
  dropUdpBetweenHomes();
  await pair(popup, phone);
  expect([(await selectedPath(phone))?.local, (await selectedPath(phone))?.remote]).toContain('relay');

  await network.services.turn.stop();
  await expect(popup.getByTestId('link-status')).toHaveAttribute('data-phone', 'away');
  const unreachable = popup.getByTestId('link-unreachable');
  await expect(unreachable).toHaveAttribute('data-reason', 'no-path', { timeout: 30_000 });
  await expect(unreachable).toContainText('no relay server answered');
  await expect(popup.getByTestId('link-status')).toContainText('cannot be reached');
  const item = await sendText(popup, ALICE, 'Waits for the relay');
  await expect(item).toHaveAttribute('data-state', 'queued');
  await popup.screenshot({ path: screenshotPath('popup-unreachable') });

  network.services.turn.start();
  await turnListening();
  await expect(item).toHaveAttribute('data-state', 'delivered', { timeout: 30_000 });
  await expect(popup.getByTestId('link-unreachable')).toHaveCount(0);
  expect((await bridgeSends(phone)).filter((s) => s.body === 'Waits for the relay')).toHaveLength(1);
});

test('the phone moves to another network (new public address) mid-session: the link is back within 10 s and a queued text goes once', async ({
  popup,
  phone,
}, info) => {
  await pair(popup, phone);
  const moved = Date.now();
  movePhoneToSecondNetwork();
  const item = await sendText(popup, ALICE, 'Sent just after the phone moved');
  await expect(item).toHaveAttribute('data-state', 'delivered', { timeout: 10_000 });
  const backMs = Date.now() - moved;
  report(info, 'roaming', `link back and text delivered ${backMs} ms after the move`);
  await expect(popup.getByTestId('link-status')).toHaveAttribute('data-phone', 'connected');
  expect((await bridgeSends(phone)).filter((s) => s.body === 'Sent just after the phone moved')).toHaveLength(
    1,
  );
});

test('a relay that refuses our credentials: the popup says so; with the right relay back, pairing completes', async ({
  popup,
  phone,
  network,
}) => {
  dropUdpBetweenHomes();
  await network.services.turn.stop();
  const wrong = turnProcess('not-the-secret-the-server-signs-with');
  wrong.start();
  try {
    await turnListening();
    const link = popup.getByTestId('pairing-link');
    await expect(link).toHaveAttribute('href', /#pair=/);
    await phone.goto((await link.getAttribute('href'))!);
    await phone.getByTestId('pair-confirm').click();
    const unreachable = popup.getByTestId('link-unreachable');
    await expect(unreachable).toHaveAttribute('data-reason', 'relay-refused', { timeout: 30_000 });
    await expect(unreachable).toContainText('refused our credentials');
  } finally {
    await wrong.stop();
  }
  network.services.turn.start();
  await turnListening();
  await expect(popup.getByTestId('link-status')).toHaveAttribute('data-phone', 'connected', {
    timeout: 30_000,
  });
  await expect(phone.getByTestId('computer')).toHaveAttribute('data-state', 'connected');
});
