import { RedisTestServer } from '../signaling/redis/redis-test-server';
import { iterations, smoke } from './bench-mode';
import { type ServerProcess, sample, startServer } from './server-process';
import { bounce, closeAll, openIdlePeers, openPairs } from './signaling-load';
import { percentile } from './stats';

/**
 * `npm run bench:signaling`: our signaling server beside a bare `ws` relay (bench/bare-ws-relay.ts),
 * each a child process of its own: memory per idle peer, relays per server CPU-second, relay
 * latency; then two instances of ours sharing a Redis, every relay crossing them. Clients run in
 * this process. Sizes: SIGNALING_PEERS, SIGNALING_RELAYS, SIGNALING_PAIRS.
 */
const peers = iterations('SIGNALING_PEERS', 5_000, 200);
const relays = iterations('SIGNALING_RELAYS', 40_000, 500);
const pairCount = iterations('SIGNALING_PAIRS', 50, 10);
/** Relays before the CPU count starts, so JIT warm-up is not charged to either server. */
const warmup = Math.min(relays, smoke ? 100 : 4_000);

/** Every limit out of the way: all clients share 127.0.0.1, and idle peers send no heartbeat. */
const OURS_ENV = {
  LOG_LEVEL: 'error',
  MAX_CONNECTIONS_PER_IP: '10000000',
  MAX_PEERS: '10000000',
  MAX_MESSAGES_PER_10S_PER_IP: '1000000000',
  ALIVE_TIMEOUT_MS: '86400000',
};
const OURS = 'signaling/main.ts';
const BARE = 'bench/bare-ws-relay.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Long enough for the server's allocations of the last connections to settle in RSS. */
const SETTLE_MS = smoke ? 200 : 2_000;

interface Figures {
  name: string;
  kibPerPeer: number;
  relaysPerCpuSecond: number;
  p50: number;
  p99: number;
}

async function measure(name: string, server: ServerProcess): Promise<Figures> {
  try {
    await sleep(SETTLE_MS);
    const before = sample(server.pid);
    const idle = await openIdlePeers(server.url, `idle-${name}`, peers);
    await sleep(SETTLE_MS);
    const after = sample(server.pid);
    const pairs = await openPairs(server.url, server.url, `pair-${name}`, pairCount);
    await bounce(pairs, warmup);
    const rate = await relaysPerCpuSecond(pairs, [server.pid]);
    closeAll(idle);
    closeAll(pairs.flatMap((p) => [p.a, p.b]));
    return { name, kibPerPeer: (after.rssKiB - before.rssKiB) / peers, ...rate };
  } finally {
    await server.stop();
  }
}

/** Fresh pairs' listeners each round: a bounce leaves its own listeners on the sockets. */
async function relaysPerCpuSecond(pairs: Parameters<typeof bounce>[0], pids: number[]) {
  for (const { a, b } of pairs) {
    a.removeAllListeners('message');
    b.removeAllListeners('message');
  }
  const cpu = () => pids.reduce((sum, pid) => sum + sample(pid).cpuSeconds, 0);
  const start = cpu();
  const latencies = await bounce(pairs, relays);
  const used = cpu() - start;
  return {
    relaysPerCpuSecond: relays / used,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

async function acrossRedis(): Promise<number> {
  const redis = await RedisTestServer.start();
  const env = { ...OURS_ENV, REDIS_URL: redis.url };
  const one = await startServer(OURS, env);
  const two = await startServer(OURS, env);
  try {
    const pairs = await openPairs(one.url, two.url, 'cross', pairCount);
    await bounce(pairs, warmup);
    const { relaysPerCpuSecond: rate } = await relaysPerCpuSecond(pairs, [one.pid, two.pid, redis.pid!]);
    closeAll(pairs.flatMap((p) => [p.a, p.b]));
    return rate;
  } finally {
    await Promise.all([one.stop(), two.stop()]);
    await redis.stop();
  }
}

const ours = await measure('ours', await startServer(OURS, OURS_ENV));
const bare = await measure('bare-ws', await startServer(BARE, {}));
const cross = await acrossRedis();

const row = (f: Figures) =>
  `${f.name.padEnd(10)} ${f.kibPerPeer.toFixed(2).padStart(8)} KiB/peer ${Math.round(f.relaysPerCpuSecond).toString().padStart(8)} relays/CPU-s  p50 ${f.p50.toFixed(2)} ms  p99 ${f.p99.toFixed(2)} ms`;
console.log(`${peers} idle peers, ${pairCount} pairs, ${relays} relays (after ${warmup} warm-up)`);
console.log(row(ours));
console.log(row(bare));
console.log(
  `ours/bare: memory ${(ours.kibPerPeer / bare.kibPerPeer).toFixed(2)}×, relays/CPU-s ${(ours.relaysPerCpuSecond / bare.relaysPerCpuSecond).toFixed(2)}×, p50 ${(ours.p50 / bare.p50).toFixed(2)}×, p99 ${(ours.p99 / bare.p99).toFixed(2)}×`,
);
console.log(
  `Redis, two instances (CPU of both and of redis-server): ${Math.round(cross)} relays/CPU-s, ${(cross / ours.relaysPerCpuSecond).toFixed(2)}× one in-memory instance (goal ≥ 0.6×)`,
);
if (
  ![ours.kibPerPeer, bare.kibPerPeer, ours.relaysPerCpuSecond, bare.relaysPerCpuSecond, cross].every(
    Number.isFinite,
  )
)
  throw new Error('a figure is not a number: the benchmark is broken');
