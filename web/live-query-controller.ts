import { liveQuery, type Subscription } from 'dexie';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Binds a Dexie liveQuery to a Lit element: the element re-renders whenever the rows change. With
 * `dependencies` (read before each of the element's updates, like the args of Lit's Task), the query
 * runs again whenever one of them changes, e.g. the element's `address`; the last value stays on show
 * until the new query's first one arrives.
 */
export class LiveQueryController<T> implements ReactiveController {
  value: T | undefined;
  private subscription: Subscription | undefined;
  /** The dependencies the running query was started with. */
  private running: readonly unknown[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: () => Promise<T>,
    private readonly dependencies: () => readonly unknown[] = () => [],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.subscribe();
  }

  /** After the element's willUpdate, before it renders. */
  hostUpdate(): void {
    if (this.subscription && changed(this.running, this.dependencies())) this.subscribe();
  }

  hostDisconnected(): void {
    this.subscription?.unsubscribe();
    this.subscription = undefined;
  }

  private subscribe(): void {
    this.subscription?.unsubscribe();
    this.running = this.dependencies();
    this.subscription = liveQuery(this.query).subscribe({
      next: (value) => {
        this.value = value;
        this.host.requestUpdate();
      },
      error: (error: unknown) => console.error('PeerText live query failed', error),
    });
  }
}

function changed(before: readonly unknown[], now: readonly unknown[]): boolean {
  return before.length !== now.length || before.some((value, i) => !Object.is(value, now[i]));
}
