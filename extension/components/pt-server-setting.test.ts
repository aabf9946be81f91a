// @vitest-environment happy-dom
import { maybePart, mount, part, until } from '@web/component-fixture';
import { afterEach, describe, expect, it, vi } from 'vitest';
import './pt-server-setting';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

function type(field: HTMLInputElement, value: string): void {
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

describe('pt-server-setting', () => {
  it('shows the server in use, and saves a new one as its origin', async () => {
    const setting = await mount('pt-server-setting', { current: 'http://localhost:8787' });
    const input = part<HTMLInputElement>(setting, 'server-url');
    expect(input.value).toBe('http://localhost:8787');
    expect(part<HTMLButtonElement>(setting, 'server-save').disabled).toBe(true);
    const saved = vi.fn();
    setting.addEventListener('save', (e) => saved((e as CustomEvent<string>).detail));
    type(input, 'https://PeerText.example.org/');
    await setting.updateComplete;
    part<HTMLButtonElement>(setting, 'server-save').click();
    expect(saved).toHaveBeenCalledWith('https://peertext.example.org');
  });

  it('says what is wrong with an address and saves nothing', async () => {
    const setting = await mount('pt-server-setting', { current: 'http://localhost:8787' });
    const saved = vi.fn();
    setting.addEventListener('save', saved);
    type(part<HTMLInputElement>(setting, 'server-url'), 'https://example.org/peerjs');
    await setting.updateComplete;
    part<HTMLButtonElement>(setting, 'server-save').click();
    await setting.updateComplete;
    expect(part(setting, 'server-error').textContent).toMatch(/without a path/);
    expect(saved).not.toHaveBeenCalled();
  });

  it('tests the connection and shows the result in words', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ ok: true, peers: 2 })),
    );
    const setting = await mount('pt-server-setting', { current: 'https://peertext.example.org' });
    part<HTMLButtonElement>(setting, 'server-test').click();
    await until(() => maybePart(setting, 'server-check')?.dataset['result'] === 'ok', 'the check result');
    expect(part(setting, 'server-check').textContent).toMatch(/Reached a PeerText server \(2 devices/);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 404 })),
    );
    part<HTMLButtonElement>(setting, 'server-test').click();
    await until(() => maybePart(setting, 'server-check')?.dataset['result'] === 'failed', 'the failed check');
    expect(part(setting, 'server-check').textContent).toMatch(/HTTP 404/);
  });
});
