// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { maybePart, mount, part, until } from '@web/component-fixture';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SIGNALING_URL } from '../lib/endpoints';
import { db } from '../lib/extension-db';
import { writeKv } from '../lib/kv';
import { sendRuntimeMessage } from '../lib/runtime-messages';
import { signalingUrl } from '../lib/server-setting';
import './pt-options';

vi.mock('../lib/runtime-messages', () => ({ sendRuntimeMessage: vi.fn(async () => true) }));

beforeEach(async () => {
  await db.kv.clear();
  vi.mocked(sendRuntimeMessage).mockClear();
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('pt-options', () => {
  it('saves the server, moves the connection there, and says what a paired phone must redo', async () => {
    await writeKv('phones', [{ fingerprint: 'aa', name: 'Pixel 7', pairedAt: Date.now() }]);
    const options = await mount('pt-options');
    const setting = options.shadowRoot!.querySelector('pt-server-setting')!;
    await until(() => setting.current === SIGNALING_URL, 'the current server');
    setting.dispatchEvent(new CustomEvent('save', { detail: 'https://peertext.example.org' }));
    await until(() => maybePart(options, 'server-saved') !== undefined, 'the saved note');
    expect(await signalingUrl()).toBe('https://peertext.example.org');
    expect(sendRuntimeMessage).toHaveBeenCalledExactlyOnceWith({ peertext: 'server-changed' });
    expect(part(options, 'server-saved').textContent).toMatch(/now uses https:\/\/peertext.example.org\./);
    expect(part(options, 'server-repair').textContent).toMatch(/Pair the phone again/);
  });

  it('asks nothing of the person when no phone is paired yet', async () => {
    const options = await mount('pt-options');
    const setting = options.shadowRoot!.querySelector('pt-server-setting')!;
    setting.dispatchEvent(new CustomEvent('save', { detail: 'https://peertext.example.org' }));
    await until(() => maybePart(options, 'server-saved') !== undefined, 'the saved note');
    expect(maybePart(options, 'server-repair')).toBeUndefined();
    const phones = options.shadowRoot!.querySelector('pt-paired-phones')!;
    await until(() => maybePart(phones, 'no-phones') !== undefined, 'the empty list');
  });
});
