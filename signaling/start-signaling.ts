import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { TrustedProxies } from './client-address';
import { createSignaling } from './create-signaling';
import type { IceSettings } from './ice/ice-settings';
import type { Log } from './log';
import type { SignalingOptions } from './options';
import type { Realm } from './realm';

export interface StartSignalingOptions extends Partial<SignalingOptions> {
  /** 0 picks any free port (the default); read the chosen one from the result. */
  port?: number;
  /** Defaults to loopback; pass `0.0.0.0` to be reachable from phones on the LAN. */
  host?: string;
  /** STUN and TURN for clients; none by default. */
  ice?: IceSettings;
  /** The built phone app to serve on this origin (APP_DIR); none by default. */
  appDir?: string;
  /** Proxies whose X-Forwarded-For names the client (TRUST_PROXY); none by default. */
  trustProxy?: TrustedProxies;
  /** Web origins beyond the built-in ones that may call from a browser (CORS_ORIGINS). */
  corsOrigins?: readonly string[];
  /** Where the server reports what it did (LOG_LEVEL); errors only by default. */
  log?: Log;
  /** Share presence, queues, codes and rate budgets with other instances (REDIS_URL); none by default. */
  redisUrl?: string;
}

export interface RunningSignaling {
  /** Where a client on this machine reaches the server, e.g. `http://127.0.0.1:8787`. */
  url: string;
  port: number;
  realm: Realm;
  close(): Promise<void>;
}

/** Serves `createSignaling` over HTTP and WebSocket; resolves once it is listening. */
export async function startSignaling({
  port = 0,
  host = '127.0.0.1',
  ...options
}: StartSignalingOptions = {}): Promise<RunningSignaling> {
  const signaling = createSignaling(options);
  try {
    // Peers are only admitted once Redis answers, so no instance starts out blind to the others.
    await signaling.ready();
  } catch (error) {
    await signaling.dispose();
    throw error;
  }
  const server = serve({ fetch: signaling.app.fetch, port, hostname: host });
  signaling.injectWebSocket(server);

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (error) {
    await signaling.dispose();
    throw error;
  }

  const actualPort = (server.address() as AddressInfo).port;
  let closed: Promise<void> | undefined;

  return {
    url: `http://${connectableHost(host)}:${actualPort}`,
    port: actualPort,
    realm: signaling.realm,
    close() {
      closed ??= new Promise<void>((resolve, reject) => {
        const disposed = signaling.dispose();
        server.close((error) => (error ? reject(error) : disposed.then(() => resolve(), reject)));
        // Keep-alive HTTP connections would otherwise hold `close` open until they time out.
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      return closed;
    },
  };
}

/** A wildcard address is fine to listen on but not to connect to. */
function connectableHost(host: string): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
