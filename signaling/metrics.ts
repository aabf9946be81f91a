import { Counter, Gauge, Registry } from 'prom-client';
import type { Log } from './log';
import type { Realm } from './realm';

/** Why the server turned something away, as counted on /metrics. */
export type RefusalReason =
  | 'too-many-connections'
  | 'invalid-parameters'
  | 'invalid-key'
  | 'id-taken'
  | 'peer-limit'
  | 'too-many-messages'
  | 'bad-message'
  | 'forged-src'
  | 'rate-limited';

/**
 * The server's counters in Prometheus text format (prom-client), one registry per server so that
 * two in one process (tests) do not share them. Counts only: no ids, addresses or numbers.
 */
export class SignalingMetrics {
  readonly registry = new Registry();
  readonly relays = new Counter({
    name: 'peertext_relays_total',
    help: 'Signaling messages relayed or queued for a peer',
    registers: [this.registry],
  });
  readonly refusals = new Counter({
    name: 'peertext_refusals_total',
    help: 'Connections and messages refused, by reason',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });
  readonly codesIssued = new Counter({
    name: 'peertext_pairing_codes_issued_total',
    help: 'Typed pairing codes handed out',
    registers: [this.registry],
  });
  readonly codesBurnt = new Counter({
    name: 'peertext_pairing_codes_burnt_total',
    help: 'Typed pairing codes burnt by a wrong guess',
    registers: [this.registry],
  });
  readonly iceIssued = new Counter({
    name: 'peertext_ice_credentials_issued_total',
    help: 'ICE server lists (with TURN credentials when configured) handed out',
    registers: [this.registry],
  });

  constructor(
    realm: Realm,
    private readonly log?: Log,
    /** With REDIS_URL the queues are in Redis, shared: this counts them there. */
    sharedQueued?: () => Promise<number>,
  ) {
    new Gauge({
      name: 'peertext_connected_peers',
      help: 'Peers registered on this server now',
      registers: [this.registry],
      collect() {
        this.set(realm.size);
      },
    });
    new Gauge({
      name: 'peertext_queued_signals',
      help: 'Signaling messages waiting for a peer that is not connected (all instances with REDIS_URL)',
      registers: [this.registry],
      async collect() {
        // Redis unreachable: what this instance can see, which is nothing queued in Redis.
        this.set(sharedQueued ? await sharedQueued().catch(() => realm.queuedTotal) : realm.queuedTotal);
      },
    });
  }

  refused(reason: RefusalReason): void {
    this.refusals.inc({ reason });
    this.log?.debug(`refused: ${reason}`);
  }
}
