import { type LinkStatus, readKv, writeKv } from './kv';
import { logFailure } from './log-failure';

/**
 * The link's status as the popup shows it (kv `link`: signaling, phone, problem): each change is merged
 * into the stored status, one change at a time.
 */
export class LinkStatusPublisher {
  private publishing: Promise<void> = Promise.resolve();

  constructor(private readonly peerId: string) {}

  /** One change at a time: concurrent read-modify-writes would drop each other's fields. */
  publish(change: Partial<LinkStatus>): Promise<void> {
    const write = this.publishing.then(async () => {
      const current = (await readKv('link')) ?? {
        signaling: 'connecting',
        phone: 'never-paired',
        updatedAt: 0,
      };
      await writeKv('link', { ...current, ...change, peerId: this.peerId, updatedAt: Date.now() });
    });
    // The queue only orders the writes: a failed one (its caller hears of it) must not fail all later ones.
    this.publishing = write.catch(() => undefined);
    return write;
  }

  /** A change nobody waits on: a failed write is logged, not left unhandled. */
  publishOrLog(change: Partial<LinkStatus>): void {
    void this.publish(change).catch(logFailure('save the link status'));
  }
}
