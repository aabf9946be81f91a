import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('npm run signaling on SIGTERM', () => {
  it('closes its clients with 1001 ("going away": reconnect) and exits within 5 s', async () => {
    const server = spawn(process.execPath, ['--import', 'tsx', 'signaling/main.ts'], {
      cwd: root,
      env: { ...process.env, HOST: '127.0.0.1', PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (chunk) => {
          out += String(chunk);
          const found = /listening on (http:\/\/\S+)/.exec(out);
          if (found?.[1]) resolve(found[1]);
        });
        server.once('exit', () => reject(new Error(`the server exited before listening: ${out}`)));
      });
      const client = new WebSocket(`${url.replace('http', 'ws')}/peerjs?key=peerjs&id=phone-1&token=t`);
      await new Promise((resolve) => client.once('message', resolve));
      const closed = new Promise<number>((resolve) => client.once('close', (code) => resolve(code)));
      const started = Date.now();
      const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
      server.kill('SIGTERM');
      expect(await closed).toBe(1001);
      expect(await exited).toBe(0);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      // A failed expectation must not leave a server behind.
      if (server.exitCode === null) server.kill('SIGKILL');
    }
  }, 20_000);
});
