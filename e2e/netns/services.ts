import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADDR, NS } from './topology';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HERE = fileURLToPath(new URL('.', import.meta.url));

/** The name the README tells a person to give their server; the browsers map it to the test server. */
export const SERVER_NAME = 'peertext.test';
export const SERVER_URL = `https://${SERVER_NAME}`;
export const TURN_URLS = [`turn:${ADDR.server}:3478?transport=udp`, `turn:${ADDR.server}:3478?transport=tcp`];

/** A long-running program started inside a namespace, with its output in `logDir`. */
export class NetnsProcess {
  private child: ChildProcess | undefined;

  constructor(
    readonly name: string,
    private readonly ns: string,
    private readonly argv: string[],
    private readonly logDir: string,
    private readonly env: NodeJS.ProcessEnv = {},
  ) {}

  start(): void {
    mkdirSync(this.logDir, { recursive: true });
    const log = openSync(join(this.logDir, `${this.name}.log`), 'a');
    // Its own process group, so stop() also ends what it starts (npx → tsx → node).
    this.child = spawn('ip', ['netns', 'exec', this.ns, ...this.argv], {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', log, log],
      env: { ...process.env, ...this.env },
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child?.pid || child.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    process.kill(-child.pid, 'SIGTERM');
    const forced = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 3_000);
    await exited;
    clearTimeout(forced);
  }
}

export interface Services {
  signaling: NetnsProcess;
  turn: NetnsProcess;
  caddy: NetnsProcess;
  /** Caddy's root certificate for this run, for the browsers to trust. */
  caddyRoot: string;
  stopAll(): Promise<void>;
}

/** The signaling server (serving the built phone app), coturn and Caddy, all in the "internet". */
export async function startServices(runDir: string): Promise<Services> {
  const secret = randomBytes(24).toString('base64url');
  // Beside Playwright's own output (kept after the run, ignored by git), so a failure can be read.
  const logs = join(ROOT, 'test-results', 'netns-logs');
  const caddyData = join(runDir, 'caddy');
  const signaling = new NetnsProcess('signaling', NS.inet, ['npx', 'tsx', 'signaling/main.ts'], logs, {
    HOST: '127.0.0.1',
    PORT: '8787',
    APP_DIR: 'dist/pwa',
    STUN_URLS: `stun:${ADDR.server}:3478`,
    TURN_URLS: TURN_URLS.join(','),
    TURN_SECRET: secret,
    // Caddy, on this host, names each client in X-Forwarded-For: the limits stay per home.
    TRUST_PROXY: '127.0.0.1,::1',
  });
  const turn = turnProcess(secret, logs);
  const caddy = new NetnsProcess(
    'caddy',
    NS.inet,
    ['caddy', 'run', '--config', join(HERE, 'Caddyfile'), '--adapter', 'caddyfile'],
    logs,
    { XDG_DATA_HOME: caddyData, XDG_CONFIG_HOME: join(runDir, 'caddy-config') },
  );
  const all = [signaling, turn, caddy];
  const stopAll = async () => {
    await Promise.all(all.map((p) => p.stop()));
  };
  try {
    for (const p of all) p.start();
    await waitFor('the signaling server behind Caddy', () =>
      curlFrom(NS.computer, `${SERVER_URL}/health`, caddyData),
    );
    await turnListening();
  } catch (error) {
    await stopAll();
    throw error;
  }
  return { signaling, turn, caddy, caddyRoot: caddyRootOf(caddyData), stopAll };
}

/**
 * coturn from the production config (deploy/turnserver.conf), with only what a test network must
 * differ in given on the command line, which coturn lets override the file: this address, the test
 * realm, a fresh secret (another one than the server's makes every credential refused) and the log.
 */
export function turnProcess(secret: string, logs = join(ROOT, 'test-results', 'netns-logs')): NetnsProcess {
  return new NetnsProcess(
    'coturn',
    NS.inet,
    [
      'turnserver',
      '-c',
      join(ROOT, 'deploy', 'turnserver.conf'),
      `--listening-ip=${ADDR.server}`,
      `--relay-ip=${ADDR.server}`,
      '--realm=peertext.test',
      `--static-auth-secret=${secret}`,
      '--log-file=stdout',
    ],
    logs,
  );
}

/** coturn answers on its port (after a start or a restart). */
export function turnListening(): Promise<void> {
  return waitFor('coturn', () => listening(NS.inet, 3478));
}

export function caddyRootOf(caddyData: string): string {
  return join(caddyData, 'caddy', 'pki', 'authorities', 'local', 'root.crt');
}

function curlFrom(ns: string, url: string, caddyData: string): boolean {
  try {
    execFileSync(
      'ip',
      [
        'netns',
        'exec',
        ns,
        'curl',
        '-sf',
        '-m',
        '2',
        '--cacert',
        caddyRootOf(caddyData),
        '--resolve',
        `${SERVER_NAME}:443:${ADDR.server}`,
        url,
      ],
      { stdio: 'ignore' },
    );
    return true;
  } catch {
    return false;
  }
}

function listening(ns: string, port: number): boolean {
  const out = execFileSync('ip', ['netns', 'exec', ns, 'ss', '-lnu'], { encoding: 'utf8' });
  return out.includes(`:${port} `);
}

/** Polls a readiness check (each check is itself a request or a socket listing), up to 30 s. */
async function waitFor(what: string, ready: () => boolean): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!ready()) {
    if (Date.now() > deadline) {
      throw new Error(`${what} did not come up within 30 s (logs: test-results/netns-logs/)`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
