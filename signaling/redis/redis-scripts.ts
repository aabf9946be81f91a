import type { Redis } from 'ioredis';

/**
 * The Lua scripts behind presence and queues. Each runs atomically in Redis, so two instances can
 * never both claim an id, or both deliver (or both expire) one queued signal. ioredis sends them by
 * SHA and resends the text after a Redis restart (NOSCRIPT), so nothing needs loading again.
 *
 * A presence value is `<instance>|<sha256 of the token>`; a queued item is
 * `<queuedAt>:<bytes of src>:<src><message JSON>`, so Lua reads time and sender without parsing JSON.
 * Keys are built inside some scripts: this needs one Redis (or a replica set), not Redis Cluster.
 */

/** Reads `<t>:<n>:<src>` at the start of a queued item. */
const PARSE_ITEM = `
local function parse(item)
  local t, n = string.match(item, '^(%d+):(%d+):')
  local skip = #t + #n + 2
  return tonumber(t), string.sub(item, skip + 1, skip + tonumber(n))
end
`;

/** Takes an id (or answers `taken`), tells the instance it is taken from, and hands over its queue. */
const CLAIM = `
local held = redis.call('GET', KEYS[1])
local previous = ''
if held then
  local bar = string.find(held, '|', 1, true)
  if string.sub(held, bar + 1) ~= ARGV[2] then return {'taken'} end
  if string.sub(held, 1, bar - 1) ~= ARGV[1] then previous = string.sub(held, 1, bar - 1) end
end
redis.call('SET', KEYS[1], ARGV[1] .. '|' .. ARGV[2], 'PX', ARGV[3])
if previous ~= '' then redis.call('PUBLISH', ARGV[5] .. previous, 't' .. ARGV[4]) end
local queued = redis.call('LRANGE', KEYS[2], 0, -1)
if #queued > 0 then
  redis.call('DEL', KEYS[2])
  redis.call('DECRBY', KEYS[3], #queued)
  redis.call('ZREM', KEYS[4], ARGV[4])
end
local reply = {'ok'}
for i, item in ipairs(queued) do reply[i + 1] = item end
return reply
`;

/** Forgets an id only while this instance, with this token, still holds it. */
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

/** Extends a live presence, or writes it again when Redis lost it (restart, missed refresh). */
const REFRESH = `
local held = redis.call('GET', KEYS[1])
if held == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
if not held then redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 1 end
return 0
`;

/**
 * Publishes a signal to the instance holding `dst`, or queues it when nobody holds it. A channel
 * with no subscriber means that instance died: its presence goes and the signal is queued.
 * When a limit is reached, what `src` queued for `dst` goes too (useless without this one): `full`.
 */
const ROUTE = `${PARSE_ITEM}
local held = redis.call('GET', KEYS[1])
if held then
  local instance = string.sub(held, 1, string.find(held, '|', 1, true) - 1)
  if instance ~= ARGV[1] then
    if redis.call('PUBLISH', ARGV[8] .. instance, 'm' .. ARGV[2]) > 0 then return 'sent' end
    redis.call('DEL', KEYS[1])
  end
end
if ARGV[4] ~= '1' then return 'dropped' end
local total = tonumber(redis.call('GET', KEYS[3]) or '0')
if redis.call('LLEN', KEYS[2]) < tonumber(ARGV[6]) and total < tonumber(ARGV[7]) then
  redis.call('RPUSH', KEYS[2], ARGV[3])
  redis.call('INCR', KEYS[3])
  redis.call('ZADD', KEYS[4], 'NX', ARGV[5], ARGV[9])
  return 'queued'
end
local items = redis.call('LRANGE', KEYS[2], 0, -1)
local kept = {}
for _, item in ipairs(items) do
  local _, src = parse(item)
  if src ~= ARGV[10] then kept[#kept + 1] = item end
end
if #kept < #items then
  redis.call('DEL', KEYS[2])
  if #kept > 0 then redis.call('RPUSH', KEYS[2], unpack(kept)) else redis.call('ZREM', KEYS[4], ARGV[9]) end
  redis.call('DECRBY', KEYS[3], #items - #kept)
end
return 'full'
`;

/**
 * Drops every conversation whose oldest signal waited `timeout`, returning `src, dst` pairs: the
 * sender hears EXPIRE once per conversation, from whichever instance ran this first.
 */
const TAKE_EXPIRED = `${PARSE_ITEM}
local now, timeout = tonumber(ARGV[1]), tonumber(ARGV[2])
local due = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now - timeout, 'LIMIT', 0, 100)
local reply = {}
for _, dst in ipairs(due) do
  local key = ARGV[3] .. dst
  local items = redis.call('LRANGE', key, 0, -1)
  local stale, senders = {}, {}
  for _, item in ipairs(items) do
    local t, src = parse(item)
    if now - t >= timeout and not stale[src] then stale[src] = true senders[#senders + 1] = src end
  end
  local kept, oldest = {}, nil
  for _, item in ipairs(items) do
    local t, src = parse(item)
    if not stale[src] then
      kept[#kept + 1] = item
      if not oldest or t < oldest then oldest = t end
    end
  end
  redis.call('DEL', key)
  redis.call('DECRBY', KEYS[1], #items - #kept)
  if #kept > 0 then
    redis.call('RPUSH', key, unpack(kept))
    redis.call('ZADD', KEYS[2], oldest, dst)
  else
    redis.call('ZREM', KEYS[2], dst)
  end
  for _, src in ipairs(senders) do reply[#reply + 1] = src reply[#reply + 1] = dst end
end
return reply
`;

/** Codes: `<secret>|<peer id>` under the code's first half, with the peer's current code beside it. */
const ISSUE_CODE = `
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', ARGV[4])
local previous = redis.call('GET', KEYS[2])
if previous then
  -- Only while that code is still this peer's: its first half may since name another peer's code.
  local live = redis.call('GET', ARGV[6] .. previous)
  if live and string.sub(live, string.find(live, '|', 1, true) + 1) == ARGV[8] then
    redis.call('DEL', ARGV[6] .. previous)
    redis.call('ZREM', KEYS[3], previous)
  end
end
if redis.call('ZCARD', KEYS[3]) >= tonumber(ARGV[5]) then return 'full' end
if redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3], 'NX') == false then return 'collision' end
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
redis.call('ZADD', KEYS[3], ARGV[7], ARGV[2])
return 'ok'
`;

/** Single use: the code is gone whatever the guess was, right or wrong. */
const TAKE_CODE = `
local live = redis.call('GET', KEYS[1])
if not live then return false end
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return live
`;

export interface SignalingScripts {
  claim(...args: (string | number)[]): Promise<string[]>;
  release(...args: (string | number)[]): Promise<number>;
  refresh(...args: (string | number)[]): Promise<number>;
  route(...args: (string | number)[]): Promise<'sent' | 'queued' | 'full' | 'dropped'>;
  takeExpired(...args: (string | number)[]): Promise<string[]>;
  issueCode(...args: (string | number)[]): Promise<'ok' | 'full' | 'collision'>;
  takeCode(...args: (string | number)[]): Promise<string | null>;
}

/** Registers the scripts on a connection and returns them typed. */
export function defineScripts(redis: Redis): SignalingScripts {
  const scripts = {
    claim: [CLAIM, 4],
    release: [RELEASE, 1],
    refresh: [REFRESH, 1],
    route: [ROUTE, 4],
    takeExpired: [TAKE_EXPIRED, 2],
    issueCode: [ISSUE_CODE, 3],
    takeCode: [TAKE_CODE, 2],
  } as const;
  for (const [name, [lua, numberOfKeys]] of Object.entries(scripts)) {
    if (!(name in redis)) redis.defineCommand(name, { lua, numberOfKeys });
  }
  return redis as unknown as SignalingScripts;
}
