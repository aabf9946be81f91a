import type { Redis } from 'ioredis';
import type { SharedConnectionCounts } from '../cluster';
import type { RedisLink } from './redis-link';

const COUNTS = 'peertext:connections:';
const ALIVE = 'peertext:instance-alive:';
/** An instance that stops saying it is alive for this long no longer counts towards any address. */
const ALIVE_TTL_MS = 6_000;
const ALIVE_EVERY_MS = 2_000;
/** An address's counts are forgotten a day after its last connection, whatever happened to instances. */
const COUNTS_TTL_MS = 24 * 60 * 60_000;

/**
 * Counts an address's connections on the living instances (fields of `connections:<ip>`, one per
 * instance), and adds this one when the total is under `max`. A crashed instance's field counts
 * only until its liveness key expires, so its clients do not lock their address out for good.
 */
const OPEN = `
local fields = redis.call('HGETALL', KEYS[1])
local total = 0
for i = 1, #fields, 2 do
  if fields[i] == ARGV[1] or redis.call('EXISTS', ARGV[3] .. fields[i]) == 1 then
    total = total + tonumber(fields[i + 1])
  else
    redis.call('HDEL', KEYS[1], fields[i])
  end
end
if total >= tonumber(ARGV[2]) then return 0 end
redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1
`;

const CLOSE = `
if redis.call('HINCRBY', KEYS[1], ARGV[1], -1) <= 0 then redis.call('HDEL', KEYS[1], ARGV[1]) end
return 1
`;

interface CountScripts {
  openConnection(
    key: string,
    instance: string,
    max: number,
    alivePrefix: string,
    ttl: number,
  ): Promise<number>;
  closeConnection(key: string, instance: string): Promise<number>;
}

/** MAX_CONNECTIONS_PER_IP across instances; the Realm keeps counting locally as well. */
export class RedisConnectionCounts implements SharedConnectionCounts {
  private readonly scripts: CountScripts;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly link: RedisLink,
    private readonly instance: string,
    /** This instance's open connections by address, written again after a Redis restart. */
    localCounts: () => [string, number][],
  ) {
    const redis: Redis = link.commands;
    if (!('openConnection' in redis)) {
      redis.defineCommand('openConnection', { lua: OPEN, numberOfKeys: 1 });
      redis.defineCommand('closeConnection', { lua: CLOSE, numberOfKeys: 1 });
    }
    this.scripts = redis as unknown as CountScripts;
    this.timer = setInterval(() => this.sayAlive(), ALIVE_EVERY_MS);
    this.timer.unref();
    this.sayAlive();
    link.onRecovered(async () => {
      await this.sayAlive();
      const batch = link.commands.pipeline();
      for (const [ip, count] of localCounts()) batch.hset(COUNTS + ip, instance, count);
      await batch.exec();
    });
  }

  /** Whether `ip` may open one more connection; the count is taken when it may. */
  async open(ip: string, max: number): Promise<boolean> {
    return (await this.scripts.openConnection(COUNTS + ip, this.instance, max, ALIVE, COUNTS_TTL_MS)) === 1;
  }

  close(ip: string): void {
    this.scripts.closeConnection(COUNTS + ip, this.instance).catch(() => {
      // Redis is down: the restart empties the counts, and this instance writes its own again.
    });
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private sayAlive(): Promise<unknown> {
    return this.link.commands.set(ALIVE + this.instance, '1', 'PX', ALIVE_TTL_MS).catch(() => undefined);
  }
}
