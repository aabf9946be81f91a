import { type Context, Hono } from 'hono';
import { cors } from 'hono/cors';
import { originPolicy } from './allowed-origins';
import type { TrustedProxies } from './client-address';
import { createTransmission } from './handlers/transmission';
import { startHousekeeping } from './housekeeping';
import { createIceRoutes } from './ice/ice-routes';
import type { IceSettings } from './ice/ice-settings';
import { createLog, type Log } from './log';
import { createMessageHandler } from './message-handler';
import { SignalingMetrics } from './metrics';
import { resolveSignalingOptions, type SignalingOptions } from './options';
import { createPairingRoutes } from './pairing/pairing-routes';
import { PeerConnection, type PeerConnections } from './peer-connection';
import { createPeerUpgrade, type PeerUpgrade } from './peer-upgrade';
import { Realm } from './realm';
import { clientOf, isLoopback, remoteAddress } from './request-address';
import { serveApp } from './serve-app';
import { createSharedState } from './shared-state';

export interface Signaling {
  app: Hono;
  /** Attach to the Node server that serves `app`, so WebSocket upgrades reach it. */
  injectWebSocket: PeerUpgrade['injectWebSocket'];
  realm: Realm;
  /** Resolves once the shared stores answer (at once without REDIS_URL); rejects naming REDIS_URL. */
  ready(timeoutMs?: number): Promise<void>;
  /** Stops the timers, closes every WebSocket and Redis; the HTTP server is the caller's to close. */
  dispose(): Promise<void>;
}

/** How long a start waits for Redis before it gives up, saying so. */
const REDIS_START_TIMEOUT_MS = 5_000;

/** Without settings, clients get no servers: direct connections on one network only. */
const NO_ICE_SERVERS: IceSettings = {
  stunUrls: [],
  turnUrls: [],
  turnSecret: undefined,
  turnTtlSeconds: 3_600,
};

/** How long a closing client may take to answer the close before its socket is cut. */
const CLOSE_GRACE_MS = 1_000;

/**
 * A PeerJS-compatible signaling server as a Hono app. Routes follow peerjs-server with `path` `/`:
 * `GET /:key/id`, `GET /:key/peers`, and the WebSocket at `/peerjs`.
 */
export function createSignaling(
  overrides: Partial<SignalingOptions> & {
    ice?: IceSettings;
    appDir?: string;
    trustProxy?: TrustedProxies;
    /** Web origins beyond the built-in ones that may call the pairing and ICE routes (CORS_ORIGINS). */
    corsOrigins?: readonly string[];
    /** Where the server reports what it did (LOG_LEVEL); errors to the console when not given. */
    log?: Log;
    /** Shared presence, queues, codes and rate budgets with other instances (REDIS_URL). */
    redisUrl?: string;
  } = {},
  /** Tests that call `app.request()` have no socket to read an address from. */
  ipOf: (c: Context) => string = (c) => remoteAddress(c, overrides.trustProxy),
): Signaling {
  const options = resolveSignalingOptions(overrides);
  const realm = new Realm(options);
  const log = overrides.log ?? createLog('error');
  const shared = createSharedState(options, realm, log, overrides.redisUrl);
  const { cluster, connections, limits, holds } = shared;
  const metrics = new SignalingMetrics(realm, log, cluster && (() => cluster.queuedTotal()));
  const relay = createTransmission(realm, { counted: () => metrics.relays.inc(), cluster });
  const handleMessage = createMessageHandler(relay);

  const app = new Hono();
  const peerConnections: PeerConnections = {
    realm,
    options,
    handleMessage,
    relay,
    messageLimiter: limits.messages,
    metrics,
    cluster,
    connections,
    log,
    now: Date.now,
  };
  // The WebSocket itself is upgraded outside Hono (peer-upgrade.ts says why); a plain GET of
  // /peerjs, and upgrades of any other path, still get the app's answer.
  const sockets = createPeerUpgrade({
    app,
    path: '/peerjs',
    maxFrameBytes: options.maxFrameBytes,
    trustProxy: overrides.trustProxy,
    events: (ip, query) => new PeerConnection(peerConnections, ip, query),
    onError: (error) => reportHandlerError(log, error),
  });

  // Routes with effects (typed codes, relay credentials) answer only our pages' origins
  // (allowed-origins.ts); the rest, like the stock client's GET /:key/id, any origin.
  const guarded = cors({ origin: originPolicy(overrides.corsOrigins) });
  const open = cors();
  app.use('*', (c, next) => (/^\/(pair|ice)(\/|$)/.test(c.req.path) ? guarded(c, next) : open(c, next)));

  // `peers` counts this instance's; `redis` is `off` without REDIS_URL. The instance itself serves
  // its own peers either way, so `ok` stays true while Redis is down.
  app.get('/health', (c) => c.json({ ok: true, peers: realm.size, redis: shared.redisState() }));

  // For the operator on this host only: behind a trusted proxy the client is the one it names.
  app.get('/metrics', async (c) => {
    if (!isLoopback(clientOf(c, overrides.trustProxy))) return c.notFound();
    c.header('Content-Type', metrics.registry.contentType);
    return c.body(await metrics.registry.metrics());
  });

  // Only a request that is not a WebSocket upgrade gets here.
  app.get('/peerjs', (c) => c.text('Expected a WebSocket upgrade', 426));

  app.route(
    '/pair',
    createPairingRoutes({
      codes: shared.codes,
      holds,
      issueLimiter: limits.pairCodes,
      lookupLimiter: limits.pairLookups,
      ipOf,
      metrics,
    }),
  );

  app.route(
    '/ice',
    createIceRoutes({
      settings: overrides.ice ?? NO_ICE_SERVERS,
      holds,
      limiter: limits.iceRequests,
      ipOf,
      metrics,
    }),
  );

  app.get('/:key/id', (c) => {
    if (c.req.param('key') !== options.key) return c.notFound();
    c.header('Cache-Control', 'no-store');
    return c.text(realm.generateId());
  });

  // Discovery would hand every connected id to anyone who asks; it stays off, as upstream's default.
  app.get('/:key/peers', (c) => {
    if (c.req.param('key') !== options.key) return c.notFound();
    return c.body(null, 401);
  });

  if (overrides.appDir) serveApp(app, overrides.appDir);

  const stopHousekeeping = startHousekeeping(realm, relay, options, Date.now, cluster, log);

  return {
    app,
    injectWebSocket: sockets.injectWebSocket,
    realm,
    ready: (timeoutMs = REDIS_START_TIMEOUT_MS) => shared.ready(timeoutMs),
    async dispose() {
      stopHousekeeping();
      for (const ws of sockets.clients()) {
        ws.close(1001, 'Server shutting down');
        setTimeout(() => ws.terminate(), CLOSE_GRACE_MS).unref();
      }
      // Other instances should see these peers gone now, not when their presence expires.
      for (const peer of realm.allPeers()) cluster?.release(peer.id, peer.token);
      realm.clear();
      await shared.close();
    },
  };
}

/** Errors thrown while handling a WebSocket event: a bug worth seeing, logged without frame data. */
function reportHandlerError(log: Log, error: unknown): void {
  log.error('WebSocket handler failed:', error instanceof Error ? error.stack : error);
}
