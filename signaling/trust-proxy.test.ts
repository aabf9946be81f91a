import { afterEach, describe, expect, it } from 'vitest';
import { trustedProxiesFromEnv } from './client-address';
import { type RunningSignaling, startSignaling } from './start-signaling';

let running: RunningSignaling | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

const lookup = (url: string, forwardedFor: string) =>
  fetch(`${url}/pair/lookup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ code: 'ABCD-EFGH' }),
  });

describe('behind a trusted proxy (a real server on loopback, the proxy being this test)', () => {
  it('counts each forwarded client on its own', async () => {
    running = await startSignaling({
      trustProxy: trustedProxiesFromEnv('127.0.0.1'),
      pairLookupsPerMinutePerIp: 1,
    });
    expect((await lookup(running.url, '198.51.100.1')).status).toBe(404);
    expect((await lookup(running.url, '198.51.100.1')).status).toBe(429);
    expect((await lookup(running.url, '198.51.100.2')).status).toBe(404);
  });

  it('believes no header without TRUST_PROXY: every client is the proxy', async () => {
    running = await startSignaling({ pairLookupsPerMinutePerIp: 1 });
    expect((await lookup(running.url, '198.51.100.1')).status).toBe(404);
    expect((await lookup(running.url, '198.51.100.2')).status).toBe(429);
  });
});
