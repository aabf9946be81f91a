import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import { LazyModuleController, lazyModule } from './lazy-module';

/** Stands in for a Lit element: the test calls the lifecycle hooks Lit would. */
function fakeHost() {
  const controllers: ReactiveController[] = [];
  const host: ReactiveControllerHost = {
    addController: (c) => void controllers.push(c),
    removeController: () => undefined,
    requestUpdate: vi.fn(),
    updateComplete: Promise.resolve(true),
  };
  const connect = () => {
    for (const controller of controllers) controller.hostConnected?.();
  };
  return { host, connect };
}

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('lazyModule', () => {
  it('loads once for every element that asks, and has no value until it has arrived', async () => {
    const load = vi.fn(async () => ({ answer: 42 }));
    const module = lazyModule(load);
    const first = fakeHost();
    const second = fakeHost();
    const a = new LazyModuleController(first.host, module);
    const b = new LazyModuleController(second.host, module);
    expect(load).not.toHaveBeenCalled();
    first.connect();
    second.connect();
    expect(a.value).toBeUndefined();
    await pause();
    expect(load).toHaveBeenCalledTimes(1);
    expect(a.value).toEqual({ answer: 42 });
    expect(b.value).toBe(a.value);
    expect(first.host.requestUpdate).toHaveBeenCalledTimes(1);
    expect(second.host.requestUpdate).toHaveBeenCalledTimes(1);
  });

  it('fetches again after a failed load, and logs the failure where an element asked', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce({ ok: true });
    const module = lazyModule(load);
    const { host, connect } = fakeHost();
    const controller = new LazyModuleController(host, module);
    connect();
    await pause();
    expect(controller.value).toBeUndefined();
    expect(error).toHaveBeenCalledTimes(1);
    await expect(module.load()).resolves.toEqual({ ok: true });
    expect(controller.value).toEqual({ ok: true });
    expect(load).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });
});
