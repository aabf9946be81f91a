import { corsOriginsFromEnv } from './allowed-origins';
import { type TrustedProxies, trustedProxiesFromEnv } from './client-address';
import { signalingOptionsFromEnv } from './env-options';
import { describeIce, type IceSettings, iceSettingsFromEnv } from './ice/ice-settings';
import { createLog, type Log, logLevelFromEnv } from './log';
import { redactRedisUrl, redisUrlFromEnv } from './redis/redis-url';
import { startSignaling } from './start-signaling';

const host = process.env['HOST'] || '0.0.0.0';
const port = Number(process.env['PORT'] || 8787);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`PORT must be a port number, got ${process.env['PORT']}`);
  process.exit(1);
}

let limits: ReturnType<typeof signalingOptionsFromEnv>;
let ice: IceSettings;
let trustProxy: TrustedProxies | undefined;
let corsOrigins: string[];
let log: Log;
let redisUrl: string | undefined;
try {
  log = createLog(logLevelFromEnv(process.env['LOG_LEVEL']));
  corsOrigins = corsOriginsFromEnv(process.env['CORS_ORIGINS']);
  trustProxy = trustedProxiesFromEnv(process.env['TRUST_PROXY']);
  limits = signalingOptionsFromEnv(process.env);
  ice = iceSettingsFromEnv(process.env);
  redisUrl = redisUrlFromEnv(process.env['REDIS_URL']);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const appDir = process.env['APP_DIR'] || undefined;
let running: Awaited<ReturnType<typeof startSignaling>>;
try {
  running = await startSignaling({
    host,
    port,
    ice,
    appDir,
    trustProxy,
    corsOrigins,
    log,
    redisUrl,
    ...limits,
  });
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
log.info(`listening on http://${host}:${running.port}`);
log.info(describeIce(ice));
if (appDir) log.info(`serving the phone app from ${appDir}`);
log.info(
  redisUrl
    ? `Shared state: Redis at ${redactRedisUrl(redisUrl)} (presence, queued signals, typed codes, rate limits)`
    : 'Shared state: in this process only (REDIS_URL unset: one instance)',
);
log.info(
  trustProxy
    ? `Client addresses: from X-Forwarded-For when the peer is in TRUST_PROXY (${process.env['TRUST_PROXY']})`
    : 'Client addresses: the TCP peer (TRUST_PROXY unset: behind a proxy, all clients share its limits)',
);

/** A client that never answers the close must not hold the process open. */
const SHUTDOWN_LIMIT_MS = 3_000;
let stopping = false;

function stop(): void {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(0), SHUTDOWN_LIMIT_MS).unref();
  running.close().then(
    () => process.exit(0),
    (error: unknown) => {
      log.error('did not close cleanly:', error);
      process.exit(1);
    },
  );
}

process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// Started by a parent with an IPC channel (a test runner, npm start): go when it goes.
process.on('disconnect', stop);
