import 'fake-indexeddb/auto';
import type { AuthenticatedPeer } from '@core/session/secure-session';
import { describe, expect, it, vi } from 'vitest';
import { readKv } from './kv';
import { PhoneFrames } from './phone-frames';

describe('PhoneFrames phone/sims', () => {
  it('stores the SIMs the phone listed, replacing what it said before', async () => {
    const frames = new PhoneFrames(
      { applyState: vi.fn(), phoneUnpaired: vi.fn() },
      { receive: vi.fn() },
      { publish: vi.fn() },
      () => undefined,
    );
    const from = {} as AuthenticatedPeer;
    const sims = [
      { id: 1, slot: 0, carrier: 'Vodafone', default: false },
      { id: 2, slot: 1, carrier: 'O2', default: true },
    ];
    frames.receive({ v: 1, id: 'f1', type: 'phone/sims', sims }, from);
    await vi.waitFor(async () => expect((await readKv('phoneSims'))?.sims).toEqual(sims));
    frames.receive({ v: 1, id: 'f2', type: 'phone/sims', sims: [] }, from);
    await vi.waitFor(async () => expect((await readKv('phoneSims'))?.sims).toEqual([]));
  });
});
