import type { Page } from '@playwright/test';
import {
  bridgeSends,
  expect,
  PWA_ORIGIN,
  pair,
  pairingLinkField,
  pairThenPhoneAway,
  phoneIdOn,
  screenshotPath,
  sendText,
  showPairingCode,
  storedKeys,
  test,
  typePairingCode,
} from './support/fixtures';
import { blindGuesses, guessCodes } from './support/guess-codes';
import { sendFrame, strangerDials } from './support/stranger';

async function computerPeerId(popup: Page): Promise<string> {
  const href = await popup.getByTestId('pairing-link').getAttribute('href');
  return new URLSearchParams(new URL(href!).hash.slice(1)).get('p')!;
}

test('a stranger dialling the phone with well-formed send frames gets nothing sent', async ({
  popup,
  phone,
  phoneBrowser,
}) => {
  const server = await pairingLinkField(popup, 's');
  await pair(popup, phone);
  const target = (await phoneIdOn(phone, server)).peerId;
  const result = await strangerDials(phoneBrowser, target, ['fresh-hello', sendFrame(1), sendFrame(2)]);
  expect(result.received.filter((f) => f.type === 'sms/state')).toEqual([]);
  const refused = phone.getByTestId('security-notice').filter({ hasText: 'unknown device' });
  await expect(refused).toBeVisible();
  await phone.screenshot({ path: screenshotPath('phone-stranger-refused') });
  expect(await bridgeSends(phone)).toEqual([]);
  // Read, it can be closed.
  await refused.getByTestId('security-notice-dismiss').click();
  await expect(refused).toHaveCount(0);
});

test('a stranger dialling the computer as a "phone" is refused and learns nothing from the outbox', async ({
  popup,
  phone,
  phoneBrowser,
}) => {
  const computer = await computerPeerId(popup);
  await pairThenPhoneAway(popup, phone);
  const item = await sendText(popup, '+44 7911 123456', 'Secret plans');
  await expect(item).toHaveAttribute('data-state', 'queued');
  const forged = {
    v: 1,
    id: 'f1',
    seq: 1,
    type: 'sms/state',
    msgId: await item.getAttribute('data-msg-id'),
    state: 'delivered',
    at: 1,
  };
  const result = await strangerDials(phoneBrowser, computer, ['fresh-hello', forged]);
  expect(result.opened).toBe(true);
  expect(result.received.map((f) => f.type)).not.toContain('sms/send');
  expect(result.received).toContainEqual(expect.objectContaining({ type: 'error', code: 'not-paired' }));
  await expect(popup.getByTestId('link-problem')).toContainText('unknown device');
  await expect(item).toHaveAttribute('data-state', 'queued');
  await popup.screenshot({ path: screenshotPath('popup-stranger-refused') });
});

test('a recorded handshake replayed to the computer is refused', async ({
  popup,
  phone,
  phoneContext,
  phoneBrowser,
}) => {
  // Records what the real phone sends on its data channel, as an eavesdropper on a broken DTLS would.
  await phoneContext.addInitScript(() => {
    const sent: string[] = [];
    (window as unknown as { recorded: string[] }).recorded = sent;
    const original = RTCDataChannel.prototype.send;
    RTCDataChannel.prototype.send = function (this: RTCDataChannel, data: never) {
      const d = data as unknown;
      if (typeof d === 'string') sent.push(d);
      else if (d instanceof ArrayBuffer || ArrayBuffer.isView(d))
        sent.push(new TextDecoder().decode(d as ArrayBuffer));
      return original.call(this, data);
    } as typeof original;
  });
  const computer = await computerPeerId(popup);
  await pair(popup, phone);
  await expect(await sendText(popup, '+44 7911 123456', 'Recorded')).toHaveAttribute(
    'data-state',
    'delivered',
  );
  const recorded = (await phone.evaluate(() => (window as unknown as { recorded: string[] }).recorded))
    .flatMap((text) => {
      try {
        return [JSON.parse(text)];
      } catch {
        return [];
      }
    })
    .filter((f) => typeof f === 'object' && f && 'type' in f);
  expect(recorded.map((f) => f.type)).toContain('auth/proof');
  await phone.close();
  const result = await strangerDials(phoneBrowser, computer, recorded);
  expect(result.received.map((f) => f.type)).not.toContain('sms/send');
  expect(result.received).toContainEqual(expect.objectContaining({ type: 'error', code: 'auth-failed' }));
});

test('the pairing link works once: a second phone opening it is refused', async ({
  popup,
  phone,
  phoneContext,
}) => {
  const href = await popup.getByTestId('pairing-link').getAttribute('href');
  await pair(popup, phone);
  const second = await phoneContext.browser()!.newContext();
  const other = await second.newPage();
  await other.goto(href!);
  await other.getByTestId('pair-confirm').click();
  await expect(other.getByTestId('security-notice').filter({ hasText: 'already used' })).toBeVisible({
    timeout: 20_000,
  });
  await expect(other.getByTestId('computer')).toHaveCount(0);
  await second.close();
});

test('unpairing on the phone revokes the computer: later sends stay queued', async ({ popup, phone }) => {
  await pair(popup, phone);
  // A text the phone holds for the person's OK (a short code) when it unpairs the computer.
  const held = await sendText(popup, '84222', 'STOP');
  await expect(held).toHaveAttribute('data-state', 'on-phone');
  phone.once('dialog', (dialog) => void dialog.accept());
  await phone.getByTestId('computer-forget').click();
  await expect(popup.getByTestId('link-status')).toHaveAttribute('data-phone', 'never-paired');
  await expect(popup.getByTestId('link-problem')).toContainText('unpaired');
  const item = await sendText(popup, '+44 7911 123456', 'After unpair');
  // Neither side keeps the other: the phone dials no one, the computer would refuse it.
  await expect(phone.getByTestId('computer')).toHaveCount(0);
  expect(await storedKeys(phone, 'peertext-phone', 'computers')).toEqual([]);
  await expect(item).toHaveAttribute('data-state', 'queued');
  await expect(item.getByTestId('outbox-reason')).toHaveText(
    'No phone is paired: it goes out once you pair one.',
  );
  // What the phone held will never be reported on: it says so, and no later phone gets it.
  await expect(held).toHaveAttribute('data-state', 'unknown');
  await expect(held.getByTestId('outbox-reason')).toHaveText(/unpaired before it reported on this text/);
  await popup.screenshot({ path: screenshotPath('popup-unpaired-texts') });
  expect(await bridgeSends(phone)).toEqual([]);
});

test('unpairing on the computer: the phone learns it and forgets the computer', async ({ popup, phone }) => {
  await pair(popup, phone);
  popup.once('dialog', (dialog) => void dialog.accept());
  await popup.getByTestId('unpair-phone').click();
  const unpaired = phone.getByTestId('security-notice').filter({ hasText: 'unpaired this phone' });
  await expect(unpaired).toBeVisible();
  await expect(phone.getByTestId('computer')).toHaveCount(0);
  // Paired again, the notice is no longer true and goes.
  await pair(popup, phone);
  await expect(unpaired).toHaveCount(0);
});

test('brute-forcing a typed pairing code: cut off after 10 tries, nothing found, the real code still works', async ({
  popup,
  phone,
}) => {
  const code = await showPairingCode(popup);
  const statuses = await guessCodes(blindGuesses(200, code));
  expect(statuses.filter((s) => s === 200)).toEqual([]);
  expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
  expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
  // The guesser got nowhere, and the person's own phone is not locked out by it.
  await typePairingCode(phone, code);
  await expect(phone.getByTestId('sas-value')).toBeVisible({ timeout: 20_000 });
  await phone.getByTestId('sas-confirm').click();
  await popup.getByTestId('sas-confirm').click();
  await expect(popup.getByTestId('link-status')).toHaveAttribute('data-phone', 'connected');
  expect(await bridgeSends(phone)).toEqual([]);
});

test('a relay that swaps the DTLS fingerprint is caught: the session never authenticates and nothing is sent', async ({
  popup,
  phone,
  phoneContext,
}) => {
  await pairThenPhoneAway(popup, phone);
  // What a signaling server in the middle would do: hand the phone an answer whose fingerprint is not
  // the computer's. The phone's session layer reads it from the connection as it always does.
  await phoneContext.addInitScript(() => {
    const real = Object.getOwnPropertyDescriptor(RTCPeerConnection.prototype, 'remoteDescription')!;
    Object.defineProperty(RTCPeerConnection.prototype, 'remoteDescription', {
      get(this: RTCPeerConnection) {
        const description = real.get!.call(this) as RTCSessionDescription | null;
        if (!description) return description;
        const sdp = description.sdp.replace(
          /(a=fingerprint:sha-256 )([0-9A-F]{2})/gi,
          (_m, head: string, byte: string) => `${head}${byte.toUpperCase() === 'AA' ? 'BB' : 'AA'}`,
        );
        return { type: description.type, sdp, toJSON: () => ({ type: description.type, sdp }) };
      },
    });
  });
  const relayed = await phoneContext.newPage();
  await relayed.goto(`${PWA_ORIGIN}/`);
  const item = await sendText(popup, '+44 7911 123456', 'Through the relay');
  const refusals = relayed.getByTestId('security-notice').filter({ hasText: 'could not prove its key' });
  await expect(refusals).toBeVisible({ timeout: 30_000 });
  await expect(item).toHaveAttribute('data-state', 'queued');
  await expect(popup.getByTestId('link-status')).not.toHaveAttribute('data-phone', 'connected');
  // The phone dials again and is caught again: a whole second attempt passed with nothing sent. The
  // same notice twice is one line with its count.
  await expect(refusals).toContainText('(2 times)', { timeout: 30_000 });
  await expect(item).toHaveAttribute('data-state', 'queued');
  expect(await bridgeSends(relayed)).toEqual([]);
});
