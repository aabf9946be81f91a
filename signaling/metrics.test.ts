import { afterEach, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { trustedProxiesFromEnv } from './client-address';
import { createLog } from './log';
import { type RunningSignaling, startSignaling } from './start-signaling';

let running: RunningSignaling | undefined;
const sockets: WebSocket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.terminate();
  await running?.close();
  running = undefined;
});

/** A client on the PeerJS protocol; resolves with the first message the server sends it. */
function connect(url: string, query: string): Promise<string> {
  const socket = new WebSocket(`${url.replace('http', 'ws')}/peerjs?${query}`);
  sockets.push(socket);
  return new Promise((resolve) => socket.once('message', (data) => resolve(String(data))));
}

const value = (text: string, line: string) => {
  const found = text.split('\n').find((l) => l.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
};

describe('refusals in the log', () => {
  it('at LOG_LEVEL=debug each refusal is logged with its reason, and nothing at info', async () => {
    const debug = { error: vi.fn(), warn: vi.fn(), log: vi.fn() };
    running = await startSignaling({ log: createLog('debug', debug) });
    expect(await connect(running.url, 'key=wrong&id=x&token=t')).toContain('ERROR');
    expect(debug.log).toHaveBeenCalledWith('PeerText signaling: refused: invalid-key');
    await running.close();
    const info = { error: vi.fn(), warn: vi.fn(), log: vi.fn() };
    running = await startSignaling({ log: createLog('info', info) });
    expect(await connect(running.url, 'key=wrong&id=x&token=t')).toContain('ERROR');
    expect(info.log).not.toHaveBeenCalled();
  });
});

describe('/metrics', () => {
  it('counts peers, refusals by reason, codes issued and burnt, in Prometheus text', async () => {
    running = await startSignaling({});
    expect(await connect(running.url, 'key=peerjs&id=computer-1&token=t1')).toContain('"OPEN"');
    expect(await connect(running.url, 'key=wrong&id=x&token=t')).toContain('ERROR');
    const issued = await fetch(`${running.url}/pair/code`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ peerId: 'computer-1', token: 't1' }),
    });
    const { code } = (await issued.json()) as { code: string };
    // The same code id with the wrong secret half: a wrong guess that burns it.
    const wrong = `${code.slice(0, 4)}-${code.slice(5) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    await fetch(`${running.url}/pair/lookup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: wrong }),
    });
    const response = await fetch(`${running.url}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(value(text, 'peertext_connected_peers')).toBe(1);
    expect(value(text, 'peertext_refusals_total{reason="invalid-key"}')).toBe(1);
    expect(value(text, 'peertext_pairing_codes_issued_total')).toBe(1);
    expect(value(text, 'peertext_pairing_codes_burnt_total')).toBe(1);
    expect(value(text, 'peertext_queued_signals')).toBe(0);
    expect(text).not.toContain('computer-1');
  });

  it('is for this host only: a client a trusted proxy names gets 404', async () => {
    running = await startSignaling({ trustProxy: trustedProxiesFromEnv('127.0.0.1') });
    const outside = await fetch(`${running.url}/metrics`, { headers: { 'x-forwarded-for': '198.51.100.1' } });
    expect(outside.status).toBe(404);
    expect((await fetch(`${running.url}/metrics`)).status).toBe(200);
  });
});
