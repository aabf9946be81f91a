import { describe, expect, it } from 'vitest';
import { redactRedisUrl, redisUrlFromEnv } from './redis-url';

describe('redisUrlFromEnv', () => {
  it('is off when unset or empty', () => {
    expect(redisUrlFromEnv(undefined)).toBeUndefined();
    expect(redisUrlFromEnv('')).toBeUndefined();
  });

  it('takes redis: and rediss: URLs, with a database number', () => {
    expect(redisUrlFromEnv('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
    expect(redisUrlFromEnv('rediss://user:pw@redis.example:6380/2')).toBe(
      'rediss://user:pw@redis.example:6380/2',
    );
  });

  it('stops the server naming the variable, without the password', () => {
    expect(() => redisUrlFromEnv('localhost:6379')).toThrow(
      /^REDIS_URL: .* is not a URL like redis:\/\/host:6379$/,
    );
    expect(() => redisUrlFromEnv('http://host')).toThrow(/^REDIS_URL/);
    expect(() => redisUrlFromEnv('redis://:secret@host/db')).toThrow(
      /^REDIS_URL: "redis:\/\/:\*\*\*@host\/db" names database/,
    );
  });

  it('redacts passwords', () => {
    expect(redactRedisUrl('redis://u:pw@h:1')).toBe('redis://u:***@h:1');
    expect(redactRedisUrl('redis://pw@h:1')).toBe('redis://***@h:1');
    expect(redactRedisUrl('redis://h:1')).toBe('redis://h:1');
  });
});
