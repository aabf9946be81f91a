import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PhoneService } from '../phone/phone-service';

/** Re-renders the host whenever the service's live state (bridge, connections) changes. */
export class ServiceController implements ReactiveController {
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly service: () => PhoneService | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = this.service()?.subscribe(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }
}
