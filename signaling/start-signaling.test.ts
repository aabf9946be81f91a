import { afterEach, describe, expect, it } from 'vitest';
import { startSignaling } from './start-signaling';
import { peer, start, stopSignaling } from './start-signaling-clients';

afterEach(stopSignaling);

describe('startSignaling', () => {
  it('listens on a free port and answers over HTTP', async () => {
    const { url, port } = await start();
    expect(port).toBeGreaterThan(0);
    expect(url).toBe(`http://127.0.0.1:${port}`);
    expect(await (await fetch(`${url}/health`)).json()).toEqual({ ok: true, peers: 0, redis: 'off' });
  });

  it('close() tells connected clients the server is going away and resolves', async () => {
    const running = await start();
    const alice = await peer('alice');
    await running.close();
    expect((await alice.closed).code).toBe(1001);
    await expect(fetch(`${running.url}/health`)).rejects.toThrow();
  });

  it('rejects when the port is taken', async () => {
    const first = await start();
    await expect(startSignaling({ port: first.port })).rejects.toThrow(/EADDRINUSE/);
  });
});
