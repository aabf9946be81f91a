import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A module a screen does without at its first paint, loaded once and shared by every element that
 * asks for it: `value` is undefined until it has arrived.
 */
export interface LazyModule<M> {
  readonly value: M | undefined;
  /** Starts the load on first use; after a failed one, the next call tries again. */
  load(): Promise<M>;
}

export function lazyModule<M>(load: () => Promise<M>): LazyModule<M> {
  let value: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    get value() {
      return value;
    },
    load() {
      loading ??= load().then(
        (module) => {
          value = module;
          return module;
        },
        (error: unknown) => {
          // Not kept: the next use fetches again.
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
  };
}

/**
 * Binds a LazyModule to a Lit element: the load starts when the element connects, and the element
 * renders again once the module is there (until then it renders its placeholder).
 */
export class LazyModuleController<M> implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly module: LazyModule<M>,
  ) {
    host.addController(this);
  }

  get value(): M | undefined {
    return this.module.value;
  }

  hostConnected(): void {
    if (this.module.value !== undefined) return;
    this.module.load().then(
      () => this.host.requestUpdate(),
      (error: unknown) => console.error('PeerText: could not load part of this screen', error),
    );
  }
}
