import { Redis } from 'ioredis';
import { expect, vi } from 'vitest';
import type { Log } from '../log';
import { type RunningSignaling, type StartSignalingOptions, startSignaling } from '../start-signaling';
import { Client } from '../start-signaling-clients';
import { haveRedisServer, REDIS_SERVER, RedisTestServer } from './redis-test-server';

/**
 * Test-only: one real Redis and two signaling instances on it, A and B, each with a log that
 * keeps its lines, and raw WebSocket clients of either. Each test file runs `afterEach(stopAll)`.
 */
export interface Instance extends RunningSignaling {
  lines: string[];
}

// Said once per test file that uses this, so a skipped run is not mistaken for a passing one.
if (!haveRedisServer) {
  console.warn(`Skipping the Redis tests: ${REDIS_SERVER} is not installed (apt-get install redis-server)`);
}

let redis: RedisTestServer | undefined;
const instances: Instance[] = [];
const clients: Client[] = [];

export async function twoInstances(
  options: StartSignalingOptions = {},
): Promise<{ redis: RedisTestServer; a: Instance; b: Instance }> {
  redis = await RedisTestServer.start();
  const a = await instance(redis.url, options);
  const b = await instance(redis.url, options);
  return { redis, a, b };
}

async function instance(redisUrl: string, options: StartSignalingOptions): Promise<Instance> {
  const lines: string[] = [];
  const keep = (message: string) => void lines.push(message);
  const log: Log = { error: keep, warn: keep, info: keep, debug: keep };
  const running = await startSignaling({ port: 0, redisUrl, log, ...options });
  const started = Object.assign(running, { lines });
  instances.push(started);
  return started;
}

export function connectTo(server: RunningSignaling, id: string, token = `token-${id}`): Client {
  const client = new Client(server.url, { key: 'peerjs', id, token });
  clients.push(client);
  return client;
}

/** Connects and waits for OPEN. */
export async function peerOn(server: RunningSignaling, id: string, token = `token-${id}`): Promise<Client> {
  const client = connectTo(server, id, token);
  expect(await client.nth(0, 5_000)).toEqual({ type: 'OPEN' });
  return client;
}

export const postJson = (server: RunningSignaling, path: string, body: unknown) =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

export async function health(
  server: RunningSignaling,
): Promise<{ ok: boolean; peers: number; redis: string }> {
  return (await (await fetch(`${server.url}/health`)).json()) as {
    ok: boolean;
    peers: number;
    redis: string;
  };
}

/** Waits until `read` on a separate connection to the test Redis gives `expected`. */
export async function redisUntil<T>(read: (redis: Redis) => Promise<T>, expected: T): Promise<void> {
  const inspect = new Redis(redis!.url);
  try {
    await vi.waitFor(async () => expect(await read(inspect)).toEqual(expected), { timeout: 5_000 });
  } finally {
    inspect.disconnect();
  }
}

export async function stopAll(): Promise<void> {
  for (const client of clients.splice(0)) client.close();
  await Promise.all(instances.splice(0).map((running) => running.close()));
  await redis?.stop();
  redis = undefined;
}
