import 'fake-indexeddb/auto';
import type { AuthenticatedPeer } from '@core/session/secure-session';
import { describe, expect, it, vi } from 'vitest';
import { PhoneDb } from '../db/phone-db';
import type { ConnectedComputers } from './connected-computers';
import { PairedComputers } from './paired-computers';
import { SasChecks } from './sas-checks';

const peer = { role: 'computer', device: ' Laptop ', fingerprint: 'k'.repeat(43) } as AuthenticatedPeer;

async function setUp() {
  const db = new PhoneDb(`sas-${Math.random()}`);
  const paired = new PairedComputers(db);
  await paired.add({
    peerId: 'pt-computer',
    signalingUrl: 'wss://signal.example',
    name: 'Computer',
    pairedAt: 1,
    keyFingerprint: '',
    pairCode: 'ABCD-2345',
  });
  const computers = {
    sas: vi.fn(async () => '123456'),
    send: vi.fn(() => true),
    disconnect: vi.fn(),
  };
  const changed = vi.fn();
  const forget = vi.fn(async () => undefined);
  const trusted = vi.fn();
  const checks = new SasChecks(paired, changed, forget, trusted);
  return {
    trusted,
    db,
    paired,
    computers: computers as unknown as ConnectedComputers,
    sent: computers.send,
    checks,
    forget,
  };
}

describe('SasChecks', () => {
  it('pins the key and the name only once both screens confirmed, and tells the computer the phone said yes', async () => {
    const { db, checks, computers, sent, trusted } = await setUp();
    await checks.begin(computers, 'pt-computer', peer);
    expect(checks.checks.get('pt-computer')).toMatchObject({ sas: '123456', here: false });
    await checks.answer('pt-computer', true);
    expect(sent).toHaveBeenCalledWith('pt-computer', { type: 'auth/confirm' });
    expect(checks.checks.get('pt-computer')?.here).toBe(true);
    expect((await db.computers.get('pt-computer'))?.pairCode).toBe('ABCD-2345');
    expect(trusted).not.toHaveBeenCalled();
    await checks.confirmedThere('pt-computer');
    expect(checks.checks.size).toBe(0);
    // Trusted now: what a QR-paired computer hears after its handshake (the SIMs) goes out.
    expect(trusted).toHaveBeenCalledWith('pt-computer', peer);
    const stored = await db.computers.get('pt-computer');
    expect(stored).toMatchObject({ name: 'Laptop', keyFingerprint: 'k'.repeat(43) });
    expect(stored?.pairCode).toBeUndefined();
  });

  it('keeps a computer confirmation that came before the digits were worked out', async () => {
    const { db, checks, computers } = await setUp();
    await checks.confirmedThere('pt-computer');
    await checks.begin(computers, 'pt-computer', peer);
    await checks.answer('pt-computer', true);
    expect((await db.computers.get('pt-computer'))?.keyFingerprint).toBe('k'.repeat(43));
  });

  it('"it differs" drops the check and forgets the computer, trusting nothing', async () => {
    const { db, checks, computers, forget, sent } = await setUp();
    await checks.begin(computers, 'pt-computer', peer);
    await checks.answer('pt-computer', false);
    expect(forget).toHaveBeenCalledWith('pt-computer');
    expect(sent).not.toHaveBeenCalled();
    expect(checks.checks.size).toBe(0);
    await checks.confirmedThere('pt-computer');
    expect((await db.computers.get('pt-computer'))?.pairCode).toBe('ABCD-2345');
  });
});
