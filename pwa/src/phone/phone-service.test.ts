import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PhoneDb } from '../db/phone-db';
import type { ConnectedComputersEvents } from './connected-computers';
import { PhoneService } from './phone-service';

const info = {
  peerId: 'pt-computer',
  signalingUrl: 'wss://signal.example',
  device: 'Laptop',
  keyFingerprint: 'f'.repeat(43),
  secret: 's'.repeat(22),
};

/** A phone whose IndexedDB fails as soon as boot reads the identity. */
function brokenBoot() {
  const db = new PhoneDb(`test-${Math.random()}`);
  vi.spyOn(db.identity, 'get').mockRejectedValue(new Error('IndexedDB broke'));
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  return { service: new PhoneService(db), errors };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

describe('PhoneService when boot fails', () => {
  it('pairing still stores the computer, and the person and the log hear that the phone did not start', async () => {
    const { service, errors } = brokenBoot();
    let told = 0;
    service.subscribe(() => told++);
    await service.pair(info);
    expect(await service.db.computers.get('pt-computer')).toBeDefined();
    await vi.waitFor(() =>
      expect(service.notices.map((n) => n.text)).toEqual([expect.stringContaining('IndexedDB broke')]),
    );
    expect(told).toBeGreaterThan(0);
    expect(errors).toHaveBeenCalledWith(
      expect.stringMatching(/^PeerText: Could not start/),
      expect.any(Error),
    );
  });

  it('start() rejects and says so once, however many callers wait on it', async () => {
    const { service, errors } = brokenBoot();
    await expect(service.start()).rejects.toThrow('IndexedDB broke');
    await expect(service.start()).rejects.toThrow('IndexedDB broke');
    expect(service.notices).toHaveLength(1);
    expect(errors).toHaveBeenCalledTimes(1);
  });
});

describe('PhoneService typed-code pairing', () => {
  it('stores the computer once, when the code has led to it: code kept, no secret, nothing pinned', async () => {
    const { service } = brokenBoot();
    vi.stubEnv('VITE_SIGNALING_URL', 'https://signal.example');
    const fetch = vi.fn(async () => new Response(JSON.stringify({ peerId: 'pt-computer' }), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const put = vi.spyOn(service.db.computers, 'put');
    expect(await service.pairWithCode('abcd-2345')).toEqual({ ok: true });
    expect(fetch).toHaveBeenCalledWith('https://signal.example/pair/lookup', expect.anything());
    expect(put).toHaveBeenCalledTimes(1);
    const stored = await service.db.computers.get('pt-computer');
    expect(stored).toMatchObject({
      peerId: 'pt-computer',
      signalingUrl: 'https://signal.example',
      name: 'Computer',
      keyFingerprint: '',
      pairCode: 'ABCD-2345',
    });
    expect(stored).not.toHaveProperty('pairSecret');
  });

  it('stores nothing for a code the server does not know', async () => {
    const { service } = brokenBoot();
    vi.stubEnv('VITE_SIGNALING_URL', 'https://signal.example');
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({}), { status: 404 }));
    expect(await service.pairWithCode('abcd-2345')).toMatchObject({ ok: false });
    expect(await service.db.computers.count()).toBe(0);
  });

  it('never replaces a paired computer that the server says a code leads to', async () => {
    const { service } = brokenBoot();
    await service.pair(info);
    vi.stubEnv('VITE_SIGNALING_URL', 'https://signal.example');
    vi.stubGlobal(
      'fetch',
      async () => new Response(JSON.stringify({ peerId: 'pt-computer' }), { status: 200 }),
    );
    expect(await service.pairWithCode('abcd-2345')).toEqual({
      ok: false,
      error: 'This code leads to Laptop, already paired with this phone.',
    });
    expect(await service.db.computers.get('pt-computer')).toMatchObject({
      keyFingerprint: 'f'.repeat(43),
      signalingUrl: 'wss://signal.example',
    });
    expect(await service.db.computers.get('pt-computer')).not.toHaveProperty('pairCode');
  });
});

describe('PhoneService unpairing a computer', () => {
  const sendRequest = (msgId: string) => ({
    msgId,
    computerPeerId: 'pt-computer',
    to: '+447911123456',
    body: 'Hi',
    state: 'delivered' as const,
    dispatch: 'started' as const,
    parts: [],
    createdAt: 1,
    updatedAt: 1,
  });

  it('forgets it and, asked to, removes its send requests', async () => {
    const { service } = await pairedPhone();
    await service.db.requests.add(sendRequest('m1'));
    await service.forget('pt-computer', true);
    expect(await service.db.computers.get('pt-computer')).toBeUndefined();
    expect(await service.db.requests.count()).toBe(0);
  });

  it('keeps its send requests when not asked to remove them', async () => {
    const { service } = await pairedPhone();
    await service.db.requests.add(sendRequest('m1'));
    await service.forget('pt-computer');
    expect(await service.db.requests.count()).toBe(1);
  });
});

/** A phone that stored a QR pairing and did not boot (no PeerJS here), and what its connections tell it. */
async function pairedPhone() {
  const { service } = brokenBoot();
  await service.pair(info);
  // What ComputerConnection tells the service: the handshake's refusal, and whose word it was.
  const events = (service as unknown as { events: ConnectedComputersEvents }).events;
  return { service, events };
}

describe('PhoneService on a refusal', () => {
  it('an unsigned not-paired error before the handshake keeps the pairing', async () => {
    const { service, events } = await pairedPhone();
    events.refused('pt-computer', 'not-paired', 'x', 'none');
    await vi.waitFor(() => expect(service.notices.map((n) => n.text).join()).toContain('connection refused'));
    expect(await service.db.computers.get('pt-computer')).toBeDefined();
  });

  it('the computer’s own word (in the session, or signed by its pinned key) forgets it', async () => {
    for (const proof of ['session', 'signature'] as const) {
      const { service, events } = await pairedPhone();
      events.refused('pt-computer', 'not-paired', 'Unpaired.', proof);
      await vi.waitFor(async () => expect(await service.db.computers.get('pt-computer')).toBeUndefined());
    }
  });
});
