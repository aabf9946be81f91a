import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RedisTestServer } from '../../signaling/redis/redis-test-server';

/** Caddy in front of two signaling instances; the instances' own ports, for checking who holds whom. */
export const CLUSTER_URL = 'http://localhost:8790';
export const INSTANCE_A = 'http://127.0.0.1:8791';
export const INSTANCE_B = 'http://127.0.0.1:8792';

/**
 * Phones (an Android user agent) go to B first, computers to A first, so a pairing always crosses
 * instances; each falls over to the other when its first is down (`lb_policy first` with health
 * checks, and a retry of the dial for a request that meets a dead instance).
 */
const CADDYFILE = `{
  auto_https off
  admin off
}
:8790 {
  @phone header_regexp ua User-Agent Android
  handle @phone {
    reverse_proxy 127.0.0.1:8792 127.0.0.1:8791 {
      lb_policy first
      lb_try_duration 5s
      health_uri /health
      health_interval 500ms
    }
  }
  handle {
    reverse_proxy 127.0.0.1:8791 127.0.0.1:8792 {
      lb_policy first
      lb_try_duration 5s
      health_uri /health
      health_interval 500ms
    }
  }
}
`;

export interface SignalingCluster {
  /** SIGKILL, as a crashed machine: no goodbye to its clients. */
  killA(): Promise<void>;
  stop(): Promise<void>;
}

function instance(port: number, redisUrl: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'signaling/main.ts'], {
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      REDIS_URL: redisUrl,
      // Caddy on this host names each client in X-Forwarded-For.
      TRUST_PROXY: '127.0.0.1',
      PAIR_CODES_PER_MINUTE_PER_IP: '1000',
      // Each instance serves the built phone app, so the pairing link opens it on Caddy's origin.
      APP_DIR: 'dist/pwa',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

async function healthy(url: string, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(`${url}/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > end) throw new Error(`${url} did not become healthy`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function ended(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** A real redis-server, two instances of our server on it, and Debian's Caddy in front of them. */
export async function startSignalingCluster(): Promise<SignalingCluster> {
  const redis = await RedisTestServer.start();
  const dir = mkdtempSync(join(tmpdir(), 'peertext-cluster-'));
  const caddyfile = join(dir, 'Caddyfile');
  writeFileSync(caddyfile, CADDYFILE);
  const a = instance(8791, redis.url);
  const b = instance(8792, redis.url);
  const caddy = spawn('caddy', ['run', '--config', caddyfile, '--adapter', 'caddyfile'], {
    env: { ...process.env, XDG_DATA_HOME: join(dir, 'data'), XDG_CONFIG_HOME: join(dir, 'config') },
    stdio: 'ignore',
  });
  const stop = async () => {
    await Promise.all([ended(caddy), ended(a), ended(b)]);
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await Promise.all([healthy(INSTANCE_A), healthy(INSTANCE_B), healthy(CLUSTER_URL)]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { killA: () => ended(a), stop };
}

/** How many peers an instance holds now (its /health answer). */
export async function peersOn(instanceUrl: string): Promise<number> {
  const health = (await (await fetch(`${instanceUrl}/health`)).json()) as { peers: number };
  return health.peers;
}
