// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { notSecureMessage, showNotSecure } from './not-secure';

describe('not a secure context', () => {
  it('names the address and says both ways to a secure one', () => {
    const text = notSecureMessage({ protocol: 'http:', host: '192.0.2.2:8788' });
    expect(text).toContain('http://192.0.2.2:8788');
    expect(text).toMatch(/Android app/);
    expect(text).toMatch(/https:\/\//);
  });

  it('shows the message as an alert', () => {
    showNotSecure(document);
    const shown = document.querySelector('[data-testid="not-secure"]');
    expect(shown?.getAttribute('role')).toBe('alert');
    expect(shown?.textContent).toMatch(/PeerText cannot start here/);
  });
});
