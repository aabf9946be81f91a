import 'fake-indexeddb/auto';
import type { SyncBatchFrame } from '@core/protocol/frames';
import type { AuthenticatedPeer } from '@core/session/secure-session';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ComputerEndpoint } from './computer-endpoint';
import { db, type KeyValue } from './extension-db';
import { readKv, writeKv } from './kv';
import type { Outbox } from './outbox';
import type { PeerIdentity } from './peer-identity';
import type { SyncClient } from './sync-client';

/**
 * PeerJS and the handshake are not what is under test here: a fake peer hands over a connection at
 * once, and a fake SecureSession says 'ready' when the test tells it to. The IndexedDB is real (fake-indexeddb)
 * until a test breaks one of its calls.
 */
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  class Emitter {
    private listeners = new Map<string, Listener[]>();
    on(event: string, listener: Listener): this {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    emit(event: string, ...args: unknown[]): void {
      for (const listener of this.listeners.get(event) ?? []) listener(...args);
    }
  }
  class FakePeer extends Emitter {
    static made: FakePeer[] = [];
    constructor() {
      super();
      FakePeer.made.push(this);
    }
    reconnect(): void {}
    destroy(): void {}
  }
  class FakeSession extends Emitter {
    static made: FakeSession[] = [];
    ready = false;
    open = true;
    send = vi.fn(() => 'frame-id');
    sas = vi.fn(async () => '123456');
    /** Like SecureSession: ends once, and says 'closed' to its listeners. */
    close = vi.fn(() => {
      if (!this.open) return;
      this.open = false;
      this.ready = false;
      this.emit('closed', 'closed');
    });
    constructor() {
      super();
      FakeSession.made.push(this);
    }
  }
  return { FakePeer, FakeSession };
});

vi.mock('peerjs', () => ({ default: fake.FakePeer }));
vi.mock('@core/session/secure-session', () => ({ SecureSession: fake.FakeSession }));
// Node has no navigator (before 21); the name is not what is under test.
vi.mock('./device-name', () => ({ deviceName: () => 'Test computer' }));

const identity = { peerId: 'pt-computer', token: 'token', keyFingerprint: 'k' } as PeerIdentity;
const phone = { role: 'phone', device: 'Pixel', fingerprint: 'phone-fingerprint' } as AuthenticatedPeer;

let sync: {
  start: ReturnType<typeof vi.fn>;
  stop: ReturnType<typeof vi.fn>;
  receive: ReturnType<typeof vi.fn>;
  settled: ReturnType<typeof vi.fn>;
};
let errors: ReturnType<typeof vi.spyOn>;

beforeEach(async () => {
  fake.FakePeer.made = [];
  fake.FakeSession.made = [];
  await db.kv.clear();
  await writeKv('phones', [{ fingerprint: phone.fingerprint, name: 'Pixel', pairedAt: 1 }]);
  sync = {
    start: vi.fn(async () => undefined),
    stop: vi.fn(),
    receive: vi.fn(async () => undefined),
    settled: vi.fn(async () => undefined),
  };
  errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.restoreAllMocks();
});

const outbox = {
  unsettled: async () => [],
  applyState: async () => undefined,
  phoneUnpaired: vi.fn(async () => undefined),
};

async function startedEndpoint(): Promise<ComputerEndpoint> {
  const endpoint = new ComputerEndpoint(
    identity,
    'http://signal.test',
    outbox as unknown as Outbox,
    sync as unknown as SyncClient,
  );
  await endpoint.start();
  return endpoint;
}

/** The pinned phone connects and proves its key: what happens next is the ComputerEndpoint's. */
function phoneArrives(): InstanceType<typeof fake.FakeSession> {
  const conn = {
    serialization: 'json',
    on: (event: string, listener: () => void) => event === 'open' && listener(),
  };
  fake.FakePeer.made.at(-1)?.emit('connection', conn);
  const session = fake.FakeSession.made.at(-1);
  if (!session) throw new Error('no SecureSession was made for the connection');
  session.ready = true;
  session.emit('ready', phone);
  return session;
}

/** Makes one kind of db.kv call fail as IndexedDB does (the rest go through), while `when` says so. */
function breakKv(method: 'get' | 'put', when: (arg: unknown) => boolean) {
  const table = db.kv as unknown as Record<'get' | 'put', (arg: unknown) => Promise<unknown>>;
  const original = table[method].bind(table);
  return vi
    .spyOn(table, method)
    .mockImplementation((arg: unknown) =>
      when(arg) ? Promise.reject(new DOMException('The disk is full', 'QuotaExceededError')) : original(arg),
    );
}

const isKey = (key: string) => (arg: unknown) => (arg as KeyValue).key === key;

async function statusShows(problem: RegExp) {
  await vi.waitFor(async () => expect((await readKv('link'))?.problem).toMatch(problem));
  return readKv('link');
}

describe('ComputerEndpoint when IndexedDB fails while a session starts', () => {
  it('a failed pin is shown and logged once, and the session is closed, not left "connected"', async () => {
    const broken = breakKv('put', isKey('phones'));
    await startedEndpoint();
    const session = phoneArrives();
    const status = await statusShows(/disk is full/);
    expect(status?.phone).not.toBe('connected');
    expect(session.close).toHaveBeenCalled();
    expect(sync.start).not.toHaveBeenCalled();
    expect(errors).toHaveBeenCalledTimes(1);
    expect(errors).toHaveBeenCalledWith(
      expect.stringMatching(/^PeerText: .*Pixel/),
      expect.any(DOMException),
    );

    // Closed, not stuck: the phone's next connection tries again, and a working store lets it in.
    broken.mockRestore();
    phoneArrives();
    await vi.waitFor(() => expect(sync.start).toHaveBeenCalledTimes(1));
    expect(await readKv('link')).toMatchObject({ phone: 'connected', problem: undefined });
  });

  it('a failed look-up of the pinned phones on ready is shown and logged, and the session closed', async () => {
    await startedEndpoint();
    breakKv('get', (key) => key === 'phones');
    const session = phoneArrives();
    const status = await statusShows(/disk is full/);
    expect(status?.phone).not.toBe('connected');
    expect(session.close).toHaveBeenCalled();
    expect(errors).toHaveBeenCalledTimes(1);
  });

  it('a status write that failed does not stop the next one: the problem still reaches the popup', async () => {
    breakKv(
      'put',
      (arg) => isKey('link')(arg) && (arg as { value: { phone?: string } }).value.phone === 'connected',
    );
    await startedEndpoint();
    const session = phoneArrives();
    const status = await statusShows(/disk is full/);
    expect(status?.phone).not.toBe('connected');
    expect(session.close).toHaveBeenCalled();
  });
});

describe('ComputerEndpoint when IndexedDB fails during a session', () => {
  it('a frame it could not store is shown and logged, and the session stays open', async () => {
    await startedEndpoint();
    const session = phoneArrives();
    await vi.waitFor(() => expect(sync.start).toHaveBeenCalled());
    sync.receive.mockRejectedValueOnce(new DOMException('The disk is full', 'QuotaExceededError'));
    session.emit('frame', { type: 'sync/batch', changes: [], head: 0 } as unknown as SyncBatchFrame);
    await statusShows(/disk is full/);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(session.close).not.toHaveBeenCalled();
  });
});

describe('ComputerEndpoint when a status write nobody waits on fails', () => {
  it('logs it, saying what it was, rather than leaving an unhandled rejection', async () => {
    await startedEndpoint();
    breakKv('put', isKey('link'));
    fake.FakePeer.made.at(-1)?.emit('open');
    await vi.waitFor(() =>
      expect(errors).toHaveBeenCalledWith(
        'PeerText: could not save the link status',
        expect.any(DOMException),
      ),
    );
  });
});

describe('ComputerEndpoint and a connection that says open twice', () => {
  it('puts one SecureSession on it, not two that refuse each other', async () => {
    await startedEndpoint();
    const opens: (() => void)[] = [];
    const conn = {
      serialization: 'json',
      on: (event: string, listener: () => void) => event === 'open' && opens.push(listener),
    };
    fake.FakePeer.made.at(-1)?.emit('connection', conn);
    for (const open of opens) open();
    for (const open of opens) open();
    expect(fake.FakeSession.made).toHaveLength(1);
  });
});

describe('ComputerEndpoint unpair', () => {
  const someText = () =>
    db.messages.put({ id: 'rx:1', address: '+447911123456', direction: 'in', body: 'Secret', date: 1 });

  it('tells the phone, unpins it and, asked to, removes its texts once the sync has stopped', async () => {
    await someText();
    const endpoint = await startedEndpoint();
    const session = phoneArrives();
    await vi.waitFor(async () => expect((await readKv('link'))?.phone).toBe('connected'));
    await endpoint.unpair(true);
    expect(session.send).toHaveBeenCalledWith({ type: 'auth/revoke' });
    expect(await readKv('phones')).toEqual([]);
    expect(sync.stop).toHaveBeenCalled();
    expect(sync.settled).toHaveBeenCalled();
    expect(await db.messages.count()).toBe(0);
  });

  it('keeps the texts when not asked to remove them', async () => {
    await someText();
    const endpoint = await startedEndpoint();
    outbox.phoneUnpaired.mockClear();
    await endpoint.unpair(false);
    expect(await readKv('phones')).toEqual([]);
    expect(await db.messages.count()).toBe(1);
    // Its unsettled texts are told that no phone will report on them (outbox.test.ts).
    expect(outbox.phoneUnpaired).toHaveBeenCalledOnce();
  });
});

describe('ComputerEndpoint between the handshake and the promotion', () => {
  const sims = { type: 'phone/sims', sims: [{ id: 1, slot: 0, carrier: 'Vodafone' }] };

  it('a frame the phone sends right after its handshake, before isPinned has answered, is stored once promoted', async () => {
    await startedEndpoint();
    const session = phoneArrives();
    // Same task as 'ready': the pinned-phone read has not returned yet.
    session.emit('frame', sims);
    await vi.waitFor(async () => expect((await readKv('phoneSims'))?.sims).toEqual(sims.sims));
  });

  it('a frame from a phone that came with a typed code is dropped until the six digits are confirmed', async () => {
    await db.kv.clear();
    await startedEndpoint();
    const conn = {
      serialization: 'json',
      on: (event: string, listener: () => void) => event === 'open' && listener(),
    };
    fake.FakePeer.made.at(-1)?.emit('connection', conn);
    const session = fake.FakeSession.made.at(-1)!;
    session.ready = true;
    session.emit('ready', { ...phone, pairCode: '1234-5678' });
    session.emit('frame', sims);
    await vi.waitFor(async () => expect(await readKv('sasCheck')).toBeDefined());
    expect(await readKv('phoneSims')).toBeUndefined();
  });
});
