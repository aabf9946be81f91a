// @vitest-environment happy-dom
import { mount, part } from '@web/component-fixture';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RuntimeMessage } from '../lib/runtime-messages';
import './pt-sas-check';

const sendMessage = vi.hoisted(() => vi.fn<(message: RuntimeMessage) => Promise<unknown>>());
vi.mock('wxt/browser', () => ({ browser: { runtime: { sendMessage } } }));

beforeEach(() => {
  sendMessage.mockReset();
  sendMessage.mockResolvedValue(undefined);
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('pt-sas-check', () => {
  it('shows the six digits and which phone used the code', async () => {
    const check = await mount('pt-sas-check', { sas: '482 913', phoneName: 'Pixel 8' });
    expect(part(check, 'sas-value').textContent).toBe('482 913');
    expect(check.shadowRoot!.textContent).toContain('Pixel 8 typed your code');
  });

  it('names no phone it was not told of', async () => {
    const check = await mount('pt-sas-check', { sas: '482 913' });
    expect(check.shadowRoot!.textContent).toContain('A phone typed your code');
  });

  it('tells the link the numbers match, once, however often the person clicks', async () => {
    const check = await mount('pt-sas-check', { sas: '482 913', phoneName: 'Pixel 8' });
    part(check, 'sas-confirm').click();
    part(check, 'sas-confirm').click();
    part(check, 'sas-reject').click();
    expect(sendMessage.mock.calls).toEqual([[{ peertext: 'sas', matches: true }]]);
  });

  it('tells the link the numbers differ', async () => {
    const check = await mount('pt-sas-check', { sas: '482 913', phoneName: 'Pixel 8' });
    part(check, 'sas-reject').click();
    part(check, 'sas-confirm').click();
    expect(sendMessage.mock.calls).toEqual([[{ peertext: 'sas', matches: false }]]);
  });
});
