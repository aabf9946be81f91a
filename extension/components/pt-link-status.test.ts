// @vitest-environment happy-dom
import { maybePart, mount, part } from '@web/component-fixture';
import { afterEach, describe, expect, it } from 'vitest';
import type { LinkStatus } from '../lib/kv';
import './pt-link-status';

afterEach(() => {
  document.body.replaceChildren();
});

const status = (change: Partial<LinkStatus>): LinkStatus => ({
  signaling: 'online',
  phone: 'away',
  phoneName: 'Pixel 7',
  updatedAt: 0,
  ...change,
});

describe('pt-link-status', () => {
  it('says a phone that is away may be offline, and that texts wait', async () => {
    const line = await mount('pt-link-status', { status: status({}) });
    expect(part(line, 'link-status').textContent).toMatch(
      /Pixel 7 is away: offline, or PeerText is not open on it/,
    );
    expect(maybePart(line, 'link-unreachable')).toBeUndefined();
  });

  it('says why a phone that dialled could not be reached', async () => {
    const line = await mount('pt-link-status', { status: status({ unreachable: 'relay-refused' }) });
    expect(part(line, 'link-status').textContent).toMatch(/Pixel 7 cannot be reached. Messages wait/);
    const why = part(line, 'link-unreachable');
    expect(why.dataset['reason']).toBe('relay-refused');
    expect(why.textContent).toMatch(/relay server refused our credentials/);
  });

  it('shows no stale reason once the phone is connected', async () => {
    const line = await mount('pt-link-status', {
      status: status({ phone: 'connected', unreachable: 'no-path' }),
    });
    expect(part(line, 'link-status').textContent).toMatch(/Connected to Pixel 7/);
    expect(maybePart(line, 'link-unreachable')).toBeUndefined();
  });
});
