// @vitest-environment happy-dom
import { allParts, mount, part } from '@web/component-fixture';
import { afterEach, describe, expect, it } from 'vitest';
import './pt-paired-phones';

afterEach(() => {
  document.body.replaceChildren();
});

describe('pt-paired-phones', () => {
  it('lists each phone with when it was paired and last in touch', async () => {
    const now = Date.now();
    const list = await mount('pt-paired-phones', {
      phones: [
        { fingerprint: 'aa', name: 'Pixel 7', pairedAt: now, lastContactAt: now },
        { fingerprint: 'bb', name: 'Old phone', pairedAt: now },
      ],
    });
    const rows = allParts(list, 'paired-phone');
    expect(rows.map((r) => r.dataset['fingerprint'])).toEqual(['aa', 'bb']);
    expect(rows[0]?.textContent).toMatch(/Pixel 7[\s\S]*last in touch/);
    expect(rows[1]?.textContent).toMatch(/Old phone[\s\S]*not in touch since pairing/);
  });

  it('says how to pair when there is no phone', async () => {
    const list = await mount('pt-paired-phones', { phones: [] });
    expect(part(list, 'no-phones').textContent).toMatch(/Pair one from the toolbar popup/);
  });
});
