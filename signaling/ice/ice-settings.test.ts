import { describe, expect, it } from 'vitest';
import { DEFAULT_TURN_TTL_SECONDS, describeIce, iceSettingsFromEnv } from './ice-settings';

describe('iceSettingsFromEnv', () => {
  it('is empty with no variables', () => {
    expect(iceSettingsFromEnv({})).toEqual({
      stunUrls: [],
      turnUrls: [],
      turnSecret: undefined,
      turnTtlSeconds: DEFAULT_TURN_TTL_SECONDS,
    });
  });

  it('reads comma-separated STUN and TURN URLs, the secret and the lifetime', () => {
    const settings = iceSettingsFromEnv({
      STUN_URLS: 'stun:stun.example.org:3478',
      TURN_URLS:
        'turn:t.example.org:3478?transport=udp, turn:t.example.org:3478?transport=tcp,turns:t.example.org:5349',
      TURN_SECRET: 'x',
      TURN_TTL_SECONDS: '600',
    });
    expect(settings.stunUrls).toEqual(['stun:stun.example.org:3478']);
    expect(settings.turnUrls).toEqual([
      'turn:t.example.org:3478?transport=udp',
      'turn:t.example.org:3478?transport=tcp',
      'turns:t.example.org:5349',
    ]);
    expect(settings.turnTtlSeconds).toBe(600);
  });

  it.each([
    [{ STUN_URLS: 'http://stun.example.org' }, /STUN_URLS: "http:\/\/stun.example.org"/],
    [{ TURN_URLS: 'turn:a:1?transport=sctp', TURN_SECRET: 'x' }, /TURN_URLS/],
    [{ TURN_URLS: 'turn:a:1' }, /TURN_SECRET is not/],
    [{ TURN_SECRET: 'x' }, /TURN_URLS is not/],
    [{ TURN_URLS: 'turn:a:1', TURN_SECRET: 'x', TURN_TTL_SECONDS: '5' }, /TURN_TTL_SECONDS/],
    [{ TURN_URLS: 'turn:a:1', TURN_SECRET: 'x', TURN_TTL_SECONDS: '1e9' }, /TURN_TTL_SECONDS/],
  ])('refuses %o, naming the variable', (env, message) => {
    expect(() => iceSettingsFromEnv(env)).toThrow(message);
  });

  it('says in the log what kind of paths clients will get', () => {
    expect(describeIce(iceSettingsFromEnv({}))).toMatch(/same network/);
    expect(describeIce(iceSettingsFromEnv({ STUN_URLS: 'stun:s:1' }))).toMatch(/STUN only/);
    expect(describeIce(iceSettingsFromEnv({ TURN_URLS: 'turn:t:1', TURN_SECRET: 'x' }))).toMatch(/1 TURN/);
  });
});
