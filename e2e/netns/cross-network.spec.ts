import { bridgeSends, pair, screenshotPath, sendText } from '../support/fixtures';
import { expect, report, test } from './fixtures';
import { selectedPath } from './selected-path';
import { dropAllUdpOfPhone, dropUdpBetweenHomes } from './topology';

const ALICE = '+447911123456';

/** Pairs through the QR link and reports how long the first connection took to come up. */
async function pairTimed(popup: Parameters<typeof pair>[0], phone: Parameters<typeof pair>[1]) {
  const started = Date.now();
  await pair(popup, phone);
  return Date.now() - started;
}

async function sendsOnce(popup: Parameters<typeof pair>[0], phone: Parameters<typeof pair>[1], body: string) {
  const item = await sendText(popup, ALICE, body);
  await expect(item).toHaveAttribute('data-state', 'delivered');
  expect((await bridgeSends(phone)).filter((s) => s.body === body)).toHaveLength(1);
}

test.describe('computer and phone behind two different NATs', () => {
  test('both NATs open (endpoint-independent): pair and send over a direct path, no relay', async ({
    popup,
    phone,
    computer,
    extensionId,
  }, info) => {
    const ms = await pairTimed(popup, phone);
    // ICE may use a relayed pair first and move to a better one once its checks succeed.
    await expect
      .poll(async () => {
        const path = await selectedPath(phone);
        return path && ![path.local, path.remote].includes('relay');
      })
      .toBe(true);
    const path = await selectedPath(phone);
    report(info, 'path', `${JSON.stringify(path)} pair+connect ${ms} ms`);
    await sendsOnce(popup, phone, 'Direct across two NATs');
    // The options page now shows the chosen server and the paired phone, just in touch.
    const options = await computer.newPage();
    await options.setViewportSize({ width: 800, height: 600 });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByTestId('paired-phone')).toHaveCount(1);
    await expect(options.getByTestId('last-contact')).toContainText('last in touch');
    await expect(options.getByTestId('server-url')).toHaveValue('https://peertext.test');
    await options.screenshot({ path: screenshotPath('options') });
  });

  test('UDP between the two homes dropped: pair and send through TURN', async ({ popup, phone }, info) => {
    dropUdpBetweenHomes();
    const ms = await pairTimed(popup, phone);
    const path = await selectedPath(phone);
    report(info, 'path', `${JSON.stringify(path)} pair+connect ${ms} ms`);
    expect([path?.local, path?.remote]).toContain('relay');
    await sendsOnce(popup, phone, 'Relayed between two strict homes');
  });

  test("all UDP of the phone's network dropped: pair and send through TURN over TCP", async ({
    popup,
    phone,
  }, info) => {
    dropAllUdpOfPhone();
    const ms = await pairTimed(popup, phone);
    const path = await selectedPath(phone);
    report(info, 'path', `${JSON.stringify(path)} pair+connect ${ms} ms`);
    expect(path).toMatchObject({ local: 'relay', localRelayProtocol: 'tcp' });
    await sendsOnce(popup, phone, 'Relayed over TCP');
  });
});
