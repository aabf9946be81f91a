// @vitest-environment happy-dom
import type { PairingInfo } from '@core/pairing/pairing-link';
import { maybePart, mount, part } from '@web/component-fixture';
import { afterEach, describe, expect, it } from 'vitest';
import type { PairedComputer } from '../db/phone-db';
import './pt-pairing-prompt';

const LAPTOP: PairedComputer = {
  peerId: 'pt-computer',
  signalingUrl: 'http://192.168.1.10:8787',
  name: 'Work laptop',
  pairedAt: Date.UTC(2026, 10, 2),
  keyFingerprint: 'a'.repeat(43),
};

const INFO: PairingInfo = {
  signalingUrl: 'http://192.168.1.10:8787',
  peerId: 'pt-computer',
  device: 'Chrome on Linux',
  keyFingerprint: 'k'.repeat(43),
  secret: 's'.repeat(22),
};

/** Every `pair` and `dismiss` the prompt fires, as its parent (the phone app) hears them. */
function heard(prompt: Element) {
  const events: { type: string; detail?: unknown }[] = [];
  prompt.addEventListener('pair', (event) =>
    events.push({ type: 'pair', detail: (event as CustomEvent<PairingInfo>).detail }),
  );
  prompt.addEventListener('dismiss', () => events.push({ type: 'dismiss' }));
  return events;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('pt-pairing-prompt', () => {
  it('shows nothing without a pairing link', async () => {
    const prompt = await mount('pt-pairing-prompt');
    expect(prompt.shadowRoot!.textContent?.trim()).toBe('');
  });

  it('asks before pairing with the computer the link names, and pairs only once on a double tap', async () => {
    const prompt = await mount('pt-pairing-prompt', { request: INFO });
    const events = heard(prompt);
    expect(part(prompt, 'pair-name').textContent).toBe('Chrome on Linux');
    expect(events).toEqual([]);
    part(prompt, 'pair-confirm').click();
    await prompt.updateComplete;
    expect(part<HTMLButtonElement>(prompt, 'pair-confirm').disabled).toBe(true);
    part(prompt, 'pair-confirm').click();
    expect(events).toEqual([{ type: 'pair', detail: INFO }]);
  });

  it('offers the next link afresh', async () => {
    const prompt = await mount('pt-pairing-prompt', { request: INFO });
    part(prompt, 'pair-confirm').click();
    await prompt.updateComplete;
    prompt.request = { ...INFO, peerId: 'pt-other', device: 'Firefox on Windows' };
    await prompt.updateComplete;
    expect(part(prompt, 'pair-name').textContent).toBe('Firefox on Windows');
    expect(part<HTMLButtonElement>(prompt, 'pair-confirm').disabled).toBe(false);
  });

  it('calls a computer with no name “this computer”', async () => {
    const prompt = await mount('pt-pairing-prompt', { request: { ...INFO, device: '' } });
    expect(part(prompt, 'pair-name').textContent).toBe('this computer');
  });

  it('lets the person say not now, without pairing', async () => {
    const prompt = await mount('pt-pairing-prompt', { request: INFO });
    const events = heard(prompt);
    part(prompt, 'pair-dismiss').click();
    expect(events).toEqual([{ type: 'dismiss' }]);
  });

  it('shows why a damaged link cannot pair, with no way to pair it', async () => {
    const prompt = await mount('pt-pairing-prompt', {
      request: { error: 'This pairing link is damaged: open it again from the extension.' },
    });
    const events = heard(prompt);
    expect(part(prompt, 'pairing-error').textContent).toBe(
      'This pairing link is damaged: open it again from the extension.',
    );
    expect(maybePart(prompt, 'pair-confirm')).toBeUndefined();
    part(prompt, 'pair-dismiss').click();
    expect(events).toEqual([{ type: 'dismiss' }]);
  });

  it('shows the server the link connects through, and warns on a first pairing to check it', async () => {
    const prompt = await mount('pt-pairing-prompt', { request: INFO });
    expect(part(prompt, 'pair-server').textContent).toBe('192.168.1.10:8787');
    expect(part(prompt, 'pair-new-server').textContent).toContain('shows this same server');
    expect(part(prompt, 'pair-new-server').textContent).not.toContain('None of your paired computers');
    expect(maybePart(prompt, 'pair-replaces')).toBeUndefined();
    expect(part(prompt, 'pair-confirm').textContent?.trim()).toBe('Pair');
  });

  it('warns when no paired computer uses that server, and not when one does', async () => {
    const elsewhere = { ...LAPTOP, peerId: 'pt-other', signalingUrl: 'https://peertext.example.org' };
    const prompt = await mount('pt-pairing-prompt', { request: INFO, paired: [elsewhere] });
    expect(part(prompt, 'pair-new-server').textContent).toContain(
      'None of your paired computers uses this server',
    );
    prompt.paired = [{ ...LAPTOP, peerId: 'pt-other' }];
    await prompt.updateComplete;
    expect(maybePart(prompt, 'pair-new-server')).toBeUndefined();
  });

  it('says which pairing it replaces, by the name the person gave it, before replacing it', async () => {
    const prompt = await mount('pt-pairing-prompt', {
      request: { ...INFO, device: 'Your laptop' },
      paired: [LAPTOP],
    });
    const events = heard(prompt);
    expect(part(prompt, 'pair-replaces').textContent).toContain('This replaces Work laptop');
    expect(part(prompt, 'pair-confirm').textContent?.trim()).toBe('Replace');
    part(prompt, 'pair-dismiss').click();
    expect(events).toEqual([{ type: 'dismiss' }]);
  });
});
