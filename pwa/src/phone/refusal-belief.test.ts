import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PhoneDb } from '../db/phone-db';
import type { ConnectedComputersEvents } from './connected-computers';
import { PhoneService } from './phone-service';
import { believesUnpairing } from './refusal-belief';

const qrPaired = { keyFingerprint: 'f'.repeat(43), pairCode: undefined };
const codePaired = { keyFingerprint: '', pairCode: 'ABCD-2345' };

describe('believesUnpairing', () => {
  it('believes the session’s word always, a signature only for a pinned key, nothing unproven', () => {
    expect(believesUnpairing('not-paired', 'session', qrPaired)).toBe(true);
    expect(believesUnpairing('not-paired', 'session', codePaired)).toBe(true);
    expect(believesUnpairing('not-paired', 'signature', qrPaired)).toBe(true);
    // A typed code pins no key: a relay's own signature would pass.
    expect(believesUnpairing('not-paired', 'signature', codePaired)).toBe(false);
    expect(believesUnpairing('not-paired', 'none', qrPaired)).toBe(false);
    expect(believesUnpairing('auth-failed', 'session', qrPaired)).toBe(false);
    expect(believesUnpairing('not-paired', 'session', undefined)).toBe(false);
  });
});

const info = {
  peerId: 'pt-computer',
  signalingUrl: 'wss://signal.example',
  device: 'Laptop',
  keyFingerprint: 'f'.repeat(43),
  secret: 's'.repeat(22),
};

afterEach(() => vi.restoreAllMocks());

/** A phone that stored a QR pairing; boot is kept from dialling (no PeerJS here). */
async function pairedPhone() {
  const db = new PhoneDb(`test-${Math.random()}`);
  vi.spyOn(db.identity, 'get').mockRejectedValue(new Error('no boot in this test'));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const service = new PhoneService(db);
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
