import { type FirefoxPopup, launchFirefoxComputer } from './support/firefox-computer';
import {
  bridgeSends,
  test as chromiumPhoneTest,
  expect,
  receiveSms,
  screenshotPath,
  typePairingCode,
} from './support/fixtures';

/**
 * The computer is Debian's firefox-esr with the built Firefox extension (MV2, its background page
 * owns the link); the phone is the same Chromium phone app as in the other specs, on the same
 * signaling server.
 */
const test = chromiumPhoneTest.extend<{ firefox: FirefoxPopup }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring.
  firefox: async ({}, use) => {
    const { browser, popup } = await launchFirefoxComputer();
    await use(popup);
    await browser.close();
  },
});

const FRIEND = '+447911123789';
const byId = (id: string) => `[data-testid="${id}"]`;
const outboxItem = (msgId: string) => `[data-testid="outbox-item"][data-msg-id="${msgId}"]`;

/** Composes a text in the Firefox popup and returns the id it was stored under. */
async function sendFromFirefox(popup: FirefoxPopup, to: string, body: string): Promise<string> {
  const before = new Set(await popup.storedKeys('outbox'));
  await popup.fill(byId('recipient'), to);
  await popup.fill(byId('body'), body);
  await popup.click(byId('send'));
  let added: string[] = [];
  await expect
    .poll(async () => {
      added = (await popup.storedKeys('outbox')).filter((id) => !before.has(id));
      return added.length;
    })
    .toBe(1);
  return added[0]!;
}

async function expectConnected(popup: FirefoxPopup): Promise<void> {
  await expect
    .poll(() => popup.attribute(byId('link-status'), 'data-phone'), { timeout: 30_000 })
    .toBe('connected');
}

test('Firefox: pairs by link, sends and sees delivered, gets a text with notification and badge, survives a phone reload, unpairs', async ({
  firefox,
  phone,
}) => {
  await expect.poll(() => firefox.attribute(byId('pairing-link'), 'href')).toMatch(/#pair=/);
  await firefox.screenshot(screenshotPath('firefox-popup-pairing'));
  await phone.goto((await firefox.attribute(byId('pairing-link'), 'href'))!);
  await phone.getByTestId('pair-confirm').click();
  await expectConnected(firefox);
  await expect(phone.getByTestId('computer')).toHaveAttribute('data-state', 'connected');
  await expect(phone.getByTestId('computer-name')).toHaveText(/Firefox/);

  const first = await sendFromFirefox(firefox, '+447911123456', 'Hello from Firefox');
  await expect.poll(() => firefox.attribute(outboxItem(first), 'data-state')).toBe('delivered');
  expect((await bridgeSends(phone)).map((send) => send.body)).toEqual(['Hello from Firefox']);
  await firefox.screenshot(screenshotPath('firefox-popup-delivered'));

  // A text arrives on the phone: the computer shows it, counts it on the badge, and notifies.
  await receiveSms(phone, FRIEND, 'Hello back');
  const conversation = `[data-testid="conversation"][data-address="${FRIEND}"]`;
  await expect.poll(() => firefox.text(`${conversation} ${byId('conversation-unread')}`)).toBe('1');
  await expect.poll(() => firefox.badge()).toBe('1');
  await expect
    .poll(() => firefox.notifications())
    .toEqual({ [`peertext-thread:${FRIEND}`]: { title: 'Text from 07911 123789', message: 'Hello back' } });

  // The phone app is reloaded (the person swiped it away and opened it again): the link comes back.
  await phone.reload();
  await expect(phone.getByTestId('computer')).toHaveAttribute('data-state', 'connected', { timeout: 30_000 });
  await expectConnected(firefox);
  const second = await sendFromFirefox(firefox, '+447911123456', 'After the reload');
  await expect.poll(() => firefox.attribute(outboxItem(second), 'data-state')).toBe('delivered');
  expect((await bridgeSends(phone)).map((send) => send.body)).toEqual([
    'Hello from Firefox',
    'After the reload',
  ]);

  // Unpairing on the computer: the phone learns it and forgets the computer.
  firefox.page.once('dialog', (dialog) => void dialog.accept());
  await firefox.click(byId('unpair-phone'));
  await expect(phone.getByTestId('computer')).toHaveCount(0);
  await expect.poll(() => firefox.attribute(byId('link-status'), 'data-phone')).toBe('never-paired');
});

test('Firefox: pairs by typed code once both screens show the same digits, then sends', async ({
  firefox,
  phone,
}) => {
  await expect.poll(() => firefox.count(byId('pairing-use-code'))).toBe(1);
  await firefox.click(byId('pairing-use-code'));
  await expect.poll(() => firefox.text(byId('pairing-code'))).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await typePairingCode(phone, (await firefox.text(byId('pairing-code')))!);
  const phoneSas = phone.getByTestId('sas-value');
  await expect(phoneSas).toHaveText(/^\d{3} \d{3}$/, { timeout: 20_000 });
  await expect.poll(() => firefox.text(byId('sas-value'))).toBe(await phoneSas.textContent());
  await firefox.screenshot(screenshotPath('firefox-popup-sas-check'));
  await phone.getByTestId('sas-confirm').click();
  await firefox.click(byId('sas-confirm'));
  await expectConnected(firefox);
  await expect(phone.getByTestId('computer')).toHaveAttribute('data-state', 'connected');

  const sent = await sendFromFirefox(firefox, '+447911123456', 'Typed-code pairing works');
  await expect.poll(() => firefox.attribute(outboxItem(sent), 'data-state')).toBe('delivered');
  expect((await bridgeSends(phone)).map((send) => send.body)).toEqual(['Typed-code pairing works']);
});
