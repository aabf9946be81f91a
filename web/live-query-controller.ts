import { liveQuery, type Subscription } from 'dexie';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Binds a Dexie liveQuery to a Lit element: the element re-renders whenever the rows change. */
export class LiveQueryController<T> implements ReactiveController {
  value: T | undefined;
  private subscription: Subscription | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: () => Promise<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.subscription = liveQuery(this.query).subscribe({
      next: (value) => {
        this.value = value;
        this.host.requestUpdate();
      },
      error: (error: unknown) => console.error('PeerText live query failed', error),
    });
  }

  hostDisconnected(): void {
    this.subscription?.unsubscribe();
  }
}
