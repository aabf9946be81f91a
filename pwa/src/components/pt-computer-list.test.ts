// @vitest-environment happy-dom
import { mount, part } from '@web/component-fixture';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ForgetComputer } from './pt-computer-list';
import './pt-computer-list';

const laptop = {
  peerId: 'pt-laptop',
  signalingUrl: 'wss://s',
  name: 'Laptop',
  pairedAt: 1,
  keyFingerprint: 'k',
};

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

async function forgetLaptop(untick: boolean): Promise<{ detail?: ForgetComputer; asked: string }> {
  let asked = '';
  vi.stubGlobal('confirm', (text: string) => {
    asked = text;
    return true;
  });
  const list = await mount('pt-computer-list', { computers: [laptop] });
  if (untick) {
    part<HTMLInputElement>(list, 'forget-remove-requests').click();
    await list.updateComplete;
  }
  let detail: ForgetComputer | undefined;
  list.addEventListener('forget', (e) => (detail = (e as CustomEvent<ForgetComputer>).detail));
  part(list, 'computer-forget').click();
  return { detail, asked };
}

describe('pt-computer-list unpair', () => {
  it("removes the computer's send requests too by default, and says so before unpairing", async () => {
    const { detail, asked } = await forgetLaptop(false);
    expect(detail).toEqual({ peerId: 'pt-laptop', removeRequests: true });
    expect(asked).toMatch(/are removed from PeerText here/);
  });

  it('keeps them when the person un-ticks the choice', async () => {
    const { detail, asked } = await forgetLaptop(true);
    expect(detail).toEqual({ peerId: 'pt-laptop', removeRequests: false });
    expect(asked).toMatch(/stay listed here/);
  });
});

describe('pt-computer-list pairing state', () => {
  it('calls a computer paired only once the numbers are confirmed on both screens', async () => {
    const checking = await mount('pt-computer-list', { computers: [{ ...laptop, pairCode: 'ABCD2345' }] });
    expect(part(checking, 'computer-since').textContent).toBe(
      'Not paired until both screens confirm the numbers',
    );
    document.body.replaceChildren();
    const paired = await mount('pt-computer-list', { computers: [laptop] });
    expect(part(paired, 'computer-since').textContent).toMatch(/^Paired /);
  });
});
