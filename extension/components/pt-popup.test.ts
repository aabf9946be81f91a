// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { maybePart, mount, part, until } from '@web/component-fixture';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../lib/extension-db';
import { writeKv } from '../lib/kv';
import type { RuntimeMessage } from '../lib/runtime-messages';
import './pt-popup';

const sendMessage = vi.hoisted(() => vi.fn<(message: RuntimeMessage) => Promise<unknown>>());
vi.mock('wxt/browser', () => ({ browser: { runtime: { sendMessage } } }));

/** Answers the popup's messages as the background and the link's document would; `unpair` as given. */
function answerUnpair(answer: () => Promise<unknown>): void {
  sendMessage.mockImplementation((message) =>
    message.peertext === 'unpair' ? answer() : Promise.resolve(true),
  );
}

/** The popup with a phone paired, and its unpair control (pt-unpair-phone), where the tests click. */
async function popupWithPhone() {
  await writeKv('link', { signaling: 'online', phone: 'connected', phoneName: 'Pixel', updatedAt: 1 });
  const popup = await mount('pt-popup');
  const control = () => popup.shadowRoot?.querySelector('pt-unpair-phone') ?? undefined;
  await until(
    () => control() !== undefined && maybePart(control()!, 'unpair-phone') !== undefined,
    'the unpair button',
  );
  return control()!;
}

beforeEach(async () => {
  await Promise.all([db.kv.clear(), db.outbox.clear(), db.threads.clear()]);
  sendMessage.mockReset();
  vi.stubGlobal('confirm', () => true);
});

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('pt-popup unpair', () => {
  it('tells the person when no link document received the unpair', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    answerUnpair(() =>
      Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
    );
    const popup = await popupWithPhone();
    part(popup, 'unpair-phone').click();
    await until(() => maybePart(popup, 'unpair-error') !== undefined, 'the unpair error');
    expect(part(popup, 'unpair-error').textContent).toMatch(/could not unpair/i);
    expect(logged).toHaveBeenCalled();
  });

  it('tells the person when the link answers that unpairing failed', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    answerUnpair(() => Promise.resolve({ ok: false, error: 'QuotaExceededError' }));
    const popup = await popupWithPhone();
    part(popup, 'unpair-phone').click();
    await until(() => maybePart(popup, 'unpair-error') !== undefined, 'the unpair error');
    expect(part(popup, 'unpair-error').textContent).toMatch(/QuotaExceededError/);
  });

  it('tells the person when nothing answers (the link document is not running)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    answerUnpair(() => Promise.resolve(undefined));
    const popup = await popupWithPhone();
    part(popup, 'unpair-phone').click();
    await until(() => maybePart(popup, 'unpair-error') !== undefined, 'the unpair error');
  });

  it('shows no error when the link unpaired', async () => {
    answerUnpair(() => Promise.resolve({ ok: true }));
    const popup = await popupWithPhone();
    part(popup, 'unpair-phone').click();
    await until(() => sendMessage.mock.calls.some(([m]) => m.peertext === 'unpair'), 'the unpair');
    // The answer is already resolved: one macrotask lets the popup's handler finish with it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await popup.updateComplete;
    expect(maybePart(popup, 'unpair-error')).toBeUndefined();
  });

  it('asks to remove the texts too by default, and says so before unpairing', async () => {
    answerUnpair(() => Promise.resolve({ ok: true }));
    const asked = vi.fn(() => true);
    vi.stubGlobal('confirm', asked);
    const popup = await popupWithPhone();
    expect(part<HTMLInputElement>(popup, 'unpair-remove-texts').checked).toBe(true);
    part(popup, 'unpair-phone').click();
    await until(() => sendMessage.mock.calls.some(([m]) => m.peertext === 'unpair'), 'the unpair');
    expect(sendMessage).toHaveBeenCalledWith({ peertext: 'unpair', removeTexts: true });
    expect(asked).toHaveBeenCalledWith(expect.stringMatching(/texts, contacts and outbox will be removed/));
    await until(
      () => sendMessage.mock.calls.some(([m]) => m.peertext === 'unread-changed'),
      'the badge refresh',
    );
  });

  it('keeps the texts when the person un-ticks the choice', async () => {
    answerUnpair(() => Promise.resolve({ ok: true }));
    const popup = await popupWithPhone();
    const choice = part<HTMLInputElement>(popup, 'unpair-remove-texts');
    choice.click();
    await popup.updateComplete;
    part(popup, 'unpair-phone').click();
    await until(() => sendMessage.mock.calls.some(([m]) => m.peertext === 'unpair'), 'the unpair');
    expect(sendMessage).toHaveBeenCalledWith({ peertext: 'unpair', removeTexts: false });
  });

  it('unpairs nothing when the person cancels', async () => {
    vi.stubGlobal('confirm', () => false);
    const popup = await popupWithPhone();
    part(popup, 'unpair-phone').click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(sendMessage.mock.calls.some(([m]) => m.peertext === 'unpair')).toBe(false);
  });
});
