import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Test-only: a real redis-server on a free loopback port, without persistence, in a temp folder,
 * that a test can kill and start again on the same port (a Redis restart, empty afterwards).
 */
export const REDIS_SERVER = '/usr/bin/redis-server';
export const haveRedisServer = existsSync(REDIS_SERVER);

export class RedisTestServer {
  private process: ChildProcess | undefined;

  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async start(): Promise<RedisTestServer> {
    const server = new RedisTestServer(await freePort(), mkdtempSync(join(tmpdir(), 'peertext-redis-')));
    await server.launch();
    return server;
  }

  /** The running server's process id (bench/signaling.ts reads its CPU from /proc). */
  get pid(): number | undefined {
    return this.process?.pid;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Kills the server outright (no shutdown save: there is nothing to save) and waits for its exit. */
  async kill(): Promise<void> {
    const running = this.process;
    this.process = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  }

  /** Starts it again on the same port, empty, as after a crash of a Redis without persistence. */
  async restart(): Promise<void> {
    await this.kill();
    await this.launch();
  }

  async stop(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private launch(): Promise<void> {
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
    const child = spawn(REDIS_SERVER, [...args, '--dir', this.dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.process = child;
    return new Promise((resolve, reject) => {
      let output = '';
      const onData = (chunk: Buffer) => {
        output += String(chunk);
        if (!output.includes('Ready to accept connections')) return;
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolve();
      };
      child.stdout?.on('data', onData);
      child.stderr?.resume();
      child.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)));
      child.once('error', reject);
    });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}
