import 'fake-indexeddb/auto';
import type { AuthenticatedPeer } from '@core/session/secure-session';
import { describe, expect, it } from 'vitest';
import { PhoneDb } from '../db/phone-db';
import { PairedComputers } from './paired-computers';

const computer = {
  peerId: 'pt-computer',
  signalingUrl: 'wss://signal.example',
  name: 'Computer',
  pairedAt: 1,
  keyFingerprint: 'k'.repeat(43),
  pairSecret: 's'.repeat(22),
};
const peer = (fingerprint: string, role: 'computer' | 'phone' = 'computer') =>
  ({ role, device: 'Laptop', fingerprint }) as AuthenticatedPeer;

describe('PairedComputers', () => {
  it('lets in only a computer with the paired key, or any computer while a typed code stands for it', async () => {
    const paired = new PairedComputers(new PhoneDb(`paired-${Math.random()}`));
    await paired.add(computer);
    expect(await paired.authorize('pt-computer', peer('k'.repeat(43)))).toEqual({ ok: true });
    expect(await paired.authorize('pt-computer', peer('x'.repeat(43)))).toMatchObject({
      ok: false,
      code: 'auth-failed',
    });
    expect(await paired.authorize('pt-computer', peer('k'.repeat(43), 'phone'))).toMatchObject({ ok: false });
    expect(await paired.authorize('pt-other', peer('k'.repeat(43)))).toMatchObject({ ok: false });
    await paired.add({ ...computer, peerId: 'pt-coded', keyFingerprint: '', pairCode: 'ABCD-2345' });
    expect(await paired.authorize('pt-coded', peer('x'.repeat(43)))).toEqual({ ok: true });
  });

  it('drops the one-time secret after the first handshake and takes the name the computer gave', async () => {
    const db = new PhoneDb(`paired-${Math.random()}`);
    const paired = new PairedComputers(db);
    await paired.add(computer);
    expect(paired.pairSecret('pt-computer')).toBe('s'.repeat(22));
    await paired.authenticated('pt-computer', ' Laptop ');
    expect(paired.pairSecret('pt-computer')).toBeUndefined();
    expect(await db.computers.get('pt-computer')).toMatchObject({ name: 'Laptop' });
    expect((await db.computers.get('pt-computer'))?.pairSecret).toBeUndefined();
    expect(await new PairedComputers(db).load()).toHaveLength(1);
  });
});
