// @vitest-environment happy-dom
import type { PairingInfo } from '@core/pairing/pairing-link';
import { maybePart, mount, part } from '@web/component-fixture';
import { afterEach, describe, expect, it } from 'vitest';
import './pt-pairing-prompt';

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
});
