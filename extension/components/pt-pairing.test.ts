// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { readPairingUrl } from '@core/pairing/pairing-link';
import { maybePart, mount, part, until } from '@web/component-fixture';
import QRCode from 'qrcode';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SIGNALING_URL } from '../lib/endpoints';
import { db } from '../lib/extension-db';
import { readKv, writeKv } from '../lib/kv';
import './pt-pairing';

const IDENTITY = { peerId: 'pt-computer-1', token: 'secret-token', keyFingerprint: 'k'.repeat(43) };

const fetchMock = vi.fn<typeof fetch>();

async function pairing() {
  const element = await mount('pt-pairing', {
    peerId: IDENTITY.peerId,
    keyFingerprint: IDENTITY.keyFingerprint,
  });
  await until(() => maybePart(element, 'pairing-qr') !== undefined, 'the QR code');
  return element;
}

const linkOf = (element: Element) => part<HTMLAnchorElement>(element, 'pairing-link').href;

/** What the signaling server answers to `POST /pair/code`. */
const answer = (status: number, body: object) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const alertOf = (element: Element) => element.shadowRoot!.querySelector('[role="alert"]');

/** The element's button with that label, if it shows one (the copy button has no test id). */
function buttonCalled(element: Element, label: string): HTMLButtonElement | undefined {
  return [...element.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
}

beforeEach(async () => {
  await db.kv.clear();
  await writeKv('identity', IDENTITY);
  fetchMock.mockReset();
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  // Back to happy-dom's own clipboard.
  delete (navigator as { clipboard?: unknown }).clipboard;
});

describe('pt-pairing', () => {
  it('waits for this computer’s identity before showing a code', async () => {
    const element = await mount('pt-pairing');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(element.shadowRoot!.textContent).toContain('Preparing the QR code');
    expect(maybePart(element, 'pairing-qr')).toBeUndefined();
    expect(await readKv('pairingOffer')).toBeUndefined();
  });

  it('shows a link, and the same link as a QR code, that lead the phone here with the secret on show', async () => {
    const element = await pairing();
    const offer = await readKv('pairingOffer');
    expect(offer?.secret).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const url = linkOf(element);
    expect(readPairingUrl(url)).toEqual({
      signalingUrl: SIGNALING_URL,
      peerId: IDENTITY.peerId,
      device: expect.any(String),
      keyFingerprint: IDENTITY.keyFingerprint,
      secret: offer!.secret,
    });
    expect(part(element, 'pairing-link').textContent).toBe(url);
    expect(part<HTMLImageElement>(element, 'pairing-qr').src).toBe(
      await QRCode.toDataURL(url, { margin: 1, width: 360, errorCorrectionLevel: 'M' }),
    );
  });

  it('names the server the link goes through, as the phone will show it', async () => {
    const element = await pairing();
    expect(part(element, 'pairing-server').textContent).toBe(new URL(SIGNALING_URL).host);
  });

  it('shows the secret still on show when reopened, and a new one when that is about to expire', async () => {
    await writeKv('pairingOffer', { secret: 'f'.repeat(22), expiresAt: Date.now() + 4 * 60_000 });
    const reopened = await pairing();
    expect(readPairingUrl(linkOf(reopened))).toMatchObject({ secret: 'f'.repeat(22) });
    document.body.replaceChildren();

    await writeKv('pairingOffer', { secret: 'o'.repeat(22), expiresAt: Date.now() + 30_000 });
    const renewed = await pairing();
    const stored = await readKv('pairingOffer');
    expect(stored?.secret).not.toBe('o'.repeat(22));
    expect(readPairingUrl(linkOf(renewed))).toMatchObject({ secret: stored!.secret });
  });

  it('copies the link', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const element = await pairing();
    buttonCalled(element, 'Copy')!.click();
    await until(() => buttonCalled(element, 'Copied') !== undefined, 'the copied note');
    expect(writeText).toHaveBeenCalledWith(linkOf(element));
  });

  it('asks the signaling server for a typed code, shows it and keeps it to check the phone’s', async () => {
    const expiresAt = Date.now() + 5 * 60_000;
    fetchMock.mockResolvedValue(answer(200, { code: 'ABCD-2345', expiresAt }));
    const element = await pairing();
    part(element, 'pairing-use-code').click();
    await until(() => maybePart(element, 'pairing-code') !== undefined, 'the code');
    expect(part(element, 'pairing-code').textContent).toBe('ABCD-2345');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe(`${SIGNALING_URL}/pair/code`);
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({ peerId: IDENTITY.peerId, token: IDENTITY.token });
    expect(await readKv('codeOffer')).toEqual({ code: 'ABCD-2345', expiresAt });
  });

  it('says why no code could be had', async () => {
    fetchMock.mockResolvedValue(answer(429, { error: 'Too many codes: wait a minute.' }));
    const element = await pairing();
    part(element, 'pairing-use-code').click();
    await until(() => alertOf(element) !== null, 'the refusal');
    expect(alertOf(element)?.textContent).toBe('Too many codes: wait a minute.');
    expect(maybePart(element, 'pairing-code')).toBeUndefined();
    expect(await readKv('codeOffer')).toBeUndefined();
  });
});
