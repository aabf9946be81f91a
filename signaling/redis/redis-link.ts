import { Redis } from 'ioredis';
import type { Log } from '../log';
import { redactRedisUrl } from './redis-url';

/** What /health says about Redis: `off` when REDIS_URL is unset. */
export type RedisState = 'up' | 'down' | 'off';

/**
 * The two connections one instance keeps to Redis: one for commands and one subscribed to this
 * instance's channel (a subscribed connection can do nothing else). ioredis reconnects both on its
 * own; this tracks when both work again, so presence can be re-announced once, after a restart.
 */
export class RedisLink {
  readonly commands: Redis;
  readonly subscriber: Redis;
  private commandsUp = false;
  private subscribed = false;
  private lost = false;
  private everUp = false;
  private lastError: string | undefined;
  private closing = false;
  private readonly recovered: (() => Promise<void>)[] = [];
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly url: string,
    /** This instance's channel; every forwarded signal and takeover notice for it arrives here. */
    readonly channel: string,
    private readonly log: Log,
  ) {
    const options = {
      // Fail a command after one reconnect attempt rather than hold a signal for seconds: the
      // caller has a fallback (EXPIRE to the sender, the in-memory limiter, admission on its own).
      maxRetriesPerRequest: 1,
      retryStrategy: (times: number) => Math.min(times * 100, 1_000),
      lazyConnect: false,
    };
    this.commands = new Redis(url, options);
    this.subscriber = new Redis(url, options);
    this.commands.on('ready', () => this.mark(() => (this.commandsUp = true)));
    this.subscriber.on('ready', () => {
      // ioredis re-subscribes by itself on reconnect; waiting for our own SUBSCRIBE reply (the
      // connection answers in order) says that subscription is live before we call it up.
      this.subscriber.subscribe(channel).then(
        () => this.mark(() => (this.subscribed = true)),
        () => undefined,
      );
    });
    for (const [name, connection] of [
      ['commands', this.commands],
      ['subscriber', this.subscriber],
    ] as const) {
      connection.on('close', () => this.dropped(name));
      // Without a listener ioredis prints every failed reconnect; one warning per outage is enough.
      // The last one says why a start gave up (refused, wrong password, TLS).
      connection.on('error', (error: Error) => (this.lastError = error.message));
    }
  }

  get state(): 'up' | 'down' {
    return this.commandsUp && this.subscribed ? 'up' : 'down';
  }

  /** Resolves once both connections work; rejects with a REDIS_URL message after `timeoutMs`. */
  ready(timeoutMs: number): Promise<void> {
    if (this.state === 'up') return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const why = this.lastError ? ` (${this.lastError})` : '';
        reject(new Error(`REDIS_URL: cannot reach ${redactRedisUrl(this.url)} within ${timeoutMs} ms${why}`));
      }, timeoutMs);
      this.waiting.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /** Runs after each recovery from an outage (not at the first connect). */
  onRecovered(listener: () => Promise<void>): void {
    this.recovered.push(listener);
  }

  async close(): Promise<void> {
    this.closing = true;
    // QUIT lets commands already sent (the releases of a shutdown) finish; a connection that is not
    // up would only queue it, so that one is just dropped, which also stops its reconnecting.
    await Promise.allSettled(
      [this.commands, this.subscriber].map((connection) =>
        connection.status === 'ready' ? connection.quit() : connection.disconnect(),
      ),
    );
    this.commands.disconnect();
    this.subscriber.disconnect();
  }

  private dropped(name: 'commands' | 'subscriber'): void {
    if (name === 'commands') this.commandsUp = false;
    else this.subscribed = false;
    // A first connect that fails is the start's timeout to report, not an outage.
    if (this.closing || this.lost || !this.everUp) return;
    this.lost = true;
    this.log.warn('Redis connection lost; serving peers on this instance only until it is back');
  }

  private mark(set: () => void): void {
    set();
    if (this.state !== 'up') return;
    this.everUp = true;
    for (const wake of this.waiting.splice(0)) wake();
    if (!this.lost || this.closing) return;
    this.lost = false;
    void Promise.allSettled(this.recovered.map((listener) => listener())).then(() =>
      this.log.info('Redis connection restored; presence of local peers announced again'),
    );
  }
}
