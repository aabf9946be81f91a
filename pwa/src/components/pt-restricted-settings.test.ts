// @vitest-environment happy-dom
import { maybePart, mount, part } from '@web/component-fixture';
import { afterEach, describe, expect, it } from 'vitest';
import './pt-restricted-settings';

afterEach(() => {
  document.body.replaceChildren();
});

describe('pt-restricted-settings', () => {
  it('shows nothing while Android has not restricted the SMS permissions', async () => {
    const card = await mount('pt-restricted-settings');
    expect(maybePart(card, 'restricted-settings')).toBeUndefined();
    expect(card.shadowRoot!.textContent?.trim()).toBe('');
  });

  it('lists the steps to allow restricted settings and then SMS', async () => {
    const card = await mount('pt-restricted-settings', { restricted: true });
    const steps = [...part(card, 'restricted-steps').querySelectorAll('li')].map((li) => li.textContent);
    expect(steps).toHaveLength(4);
    expect(steps[1]).toContain('Allow restricted settings');
    expect(steps[2]).toContain('Permissions → SMS');
    expect(part(card, 'restricted-settings').getAttribute('role')).toBe('alert');
  });

  it('fires recheck when the person says the steps are done', async () => {
    const card = await mount('pt-restricted-settings', { restricted: true });
    let rechecks = 0;
    card.addEventListener('recheck', () => rechecks++);
    part(card, 'restricted-recheck').click();
    expect(rechecks).toBe(1);
  });

  it('goes away once the wrapper no longer reports it', async () => {
    const card = await mount('pt-restricted-settings', { restricted: true });
    card.restricted = false;
    await card.updateComplete;
    expect(maybePart(card, 'restricted-settings')).toBeUndefined();
  });
});
