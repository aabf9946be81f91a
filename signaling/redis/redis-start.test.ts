import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startSignaling } from '../start-signaling';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `npm run signaling` with `env` until it exits; its status and stderr. */
function runMain(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'signaling/main.ts'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  server.stderr.on('data', (chunk) => (stderr += String(chunk)));
  return new Promise((resolve) => server.once('exit', (code) => resolve({ code, stderr })));
}

/** A loopback port nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('REDIS_URL at start', () => {
  it('stops npm run signaling with one line naming the variable, without the password', async () => {
    const { code, stderr } = await runMain({ REDIS_URL: 'http://:hunter2@localhost:6379' });
    expect(code).toBe(1);
    expect(stderr.trim()).toBe('REDIS_URL: "http://:***@localhost:6379" is not a URL like redis://host:6379');
  }, 20_000);

  it('refuses to start when Redis does not answer, naming the variable', async () => {
    const port = await closedPort();
    await expect(startSignaling({ redisUrl: `redis://127.0.0.1:${port}` })).rejects.toThrow(
      `REDIS_URL: cannot reach redis://127.0.0.1:${port} within 5000 ms (connect ECONNREFUSED 127.0.0.1:${port})`,
    );
  }, 20_000);
});
