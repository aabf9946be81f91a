import { describe, expect, it, vi } from 'vitest';
import { onFirstOpen } from './first-open';

describe('onFirstOpen', () => {
  it('runs once however often the connection says open', () => {
    const listeners: (() => void)[] = [];
    const conn = { on: (_event: string, listener: () => void) => listeners.push(listener) };
    const opened = vi.fn();
    onFirstOpen(conn as never, opened);
    for (const listener of listeners) listener();
    for (const listener of listeners) listener();
    expect(opened).toHaveBeenCalledTimes(1);
  });
});
