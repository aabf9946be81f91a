import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { turnCredential } from '../signaling/ice/turn-credential';

export interface LocalTurn {
  /** ICE servers for a relay-only connection through this coturn, with a fresh REST credential. */
  iceServers: RTCIceServer[];
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Debian's coturn on loopback with TURN REST credentials signed as the signaling server signs them
 * (signaling/ice/turn-credential.ts), for benchmarks that measure a relayed connect. Loopback peers
 * are allowed here only: the deploy config refuses them.
 */
export async function startLocalTurn(): Promise<LocalTurn> {
  const secret = randomBytes(18).toString('base64url');
  const port = await freePort();
  const child: ChildProcess = spawn(
    'turnserver',
    [
      '-n',
      '--listening-ip=127.0.0.1',
      '--relay-ip=127.0.0.1',
      `--listening-port=${port}`,
      '--use-auth-secret',
      `--static-auth-secret=${secret}`,
      '--realm=bench.peertext',
      '--allow-loopback-peers',
      '--no-cli',
      '--no-tls',
      '--no-dtls',
      '--min-port=50000',
      '--max-port=50400',
      '--log-file=stdout',
      '--simple-log',
    ],
    { stdio: 'ignore' },
  );
  const deadline = Date.now() + 10_000;
  while (!execFileSync('ss', ['-lnu'], { encoding: 'utf8' }).includes(`127.0.0.1:${port} `)) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error('coturn did not start (is it installed?)');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const { username, credential } = turnCredential(secret, 'bench', Date.now(), 3_600);
  return {
    iceServers: [{ urls: [`turn:127.0.0.1:${port}?transport=udp`], username, credential }],
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
