// @vitest-environment happy-dom
import { maybePart, mount, part, until } from '@web/component-fixture';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import './pt-shortcut';

const getAll = vi.hoisted(() => vi.fn<() => Promise<{ name?: string; shortcut?: string }[]>>());
vi.mock('wxt/browser', () => ({ browser: { commands: { getAll } } }));

beforeEach(() => getAll.mockReset());
afterEach(() => document.body.replaceChildren());

describe('pt-shortcut', () => {
  it('shows the shortcut that opens the popup as the browser has it, remapped or not', async () => {
    getAll.mockResolvedValue([
      { name: 'something-else', shortcut: 'Ctrl+Q' },
      { name: '_execute_action', shortcut: 'Ctrl+Shift+9' },
    ]);
    const shortcut = await mount('pt-shortcut');
    await until(() => maybePart(shortcut, 'shortcut') !== undefined, 'the shortcut');
    expect(part(shortcut, 'shortcut').textContent).toBe('Ctrl+Shift+9');
  });

  it('reads Firefox’s name for the same command', async () => {
    getAll.mockResolvedValue([{ name: '_execute_browser_action', shortcut: 'Alt+Shift+Y' }]);
    const shortcut = await mount('pt-shortcut');
    await until(() => maybePart(shortcut, 'shortcut') !== undefined, 'the shortcut');
    expect(part(shortcut, 'shortcut').textContent).toBe('Alt+Shift+Y');
  });

  it.each([
    ['the person cleared it', [{ name: '_execute_action', shortcut: '' }]],
    ['the browser lists no such command', []],
  ])('shows nothing when %s', async (_, commands) => {
    getAll.mockResolvedValue(commands);
    const shortcut = await mount('pt-shortcut');
    await until(() => getAll.mock.calls.length > 0, 'the question');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await shortcut.updateComplete;
    expect(shortcut.shadowRoot?.textContent?.trim()).toBe('');
  });
});
