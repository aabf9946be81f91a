import 'fake-indexeddb/auto';
import { keyFingerprint, signText, verifyText } from '@core/auth/device-key';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PhoneDb } from '../db/phone-db';
import { phoneIdentity } from './phone-identity';
import { ServerIdentities } from './server-identities';

beforeEach(() => {
  vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 7)' });
});

describe('phoneIdentity', () => {
  it('keeps the same per-server id, token and signing key across reloads, and the key still signs', async () => {
    const name = `identity-${Math.random()}`;
    const first = await phoneIdentity(new PhoneDb(name));
    expect(first.servers).toEqual({});
    expect(first.deviceName).toBe('Android phone');
    const made = await new ServerIdentities(new PhoneDb(name), first).ensure('https://signal.example');
    expect(made.peerId).toMatch(/^pt-[0-9a-f]{32}$/);
    expect(made.token).toMatch(/^[0-9a-f]{32}$/);

    // A new PhoneDb on the same name is what a page reload sees.
    const again = await phoneIdentity(new PhoneDb(name));
    expect(again.servers['https://signal.example']).toEqual(made);
    expect(await keyFingerprint(again.deviceKey.spki)).toBe(await keyFingerprint(first.deviceKey.spki));
    const sig = await signText(again.deviceKey, 'hello');
    expect(await verifyText(first.deviceKey.alg, first.deviceKey.spki, 'hello', sig)).toBe(true);
  });

  it('stores a private key that cannot be read out', async () => {
    const identity = await phoneIdentity(new PhoneDb(`identity-${Math.random()}`));
    expect(identity.deviceKey.privateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', identity.deviceKey.privateKey)).rejects.toThrow();
  });

  it('two tabs racing end with one identity', async () => {
    const name = `identity-${Math.random()}`;
    const [a, b] = await Promise.all([phoneIdentity(new PhoneDb(name)), phoneIdentity(new PhoneDb(name))]);
    expect(await keyFingerprint(a.deviceKey.spki)).toBe(await keyFingerprint(b.deviceKey.spki));
  });

  it('gives each server its own id and token, and none to a server nobody agreed to', async () => {
    const db = new PhoneDb(`identity-${Math.random()}`);
    const servers = new ServerIdentities(db, await phoneIdentity(db));
    const home = await servers.ensure('https://home.example');
    const other = await servers.ensure('https://other.example');
    expect(other.peerId).not.toBe(home.peerId);
    expect(other.token).not.toBe(home.token);
    expect(await servers.ensure('https://home.example')).toEqual(home);
    expect(() => servers.get('https://never.example')).toThrow('No id agreed');
    expect(Object.keys((await db.identity.get('self'))!.servers).sort()).toEqual([
      'https://home.example',
      'https://other.example',
    ]);
  });

  it('two tabs agreeing to the same server end with one id there', async () => {
    const name = `identity-${Math.random()}`;
    const identity = await phoneIdentity(new PhoneDb(name));
    const [a, b] = await Promise.all([
      new ServerIdentities(new PhoneDb(name), structuredClone(identity)).ensure('https://s.example'),
      new ServerIdentities(new PhoneDb(name), structuredClone(identity)).ensure('https://s.example'),
    ]);
    expect(a).toEqual(b);
  });

  it('an install from before per-server ids keeps its id on its computers’ servers, and only there', async () => {
    const db = new PhoneDb(`identity-${Math.random()}`);
    const old = await phoneIdentity(db);
    const { servers: _, ...legacy } = old;
    await db.identity.put({ ...legacy, peerId: 'pt-old', token: 'old-token' } as never);
    await db.computers.put({
      peerId: 'pt-laptop',
      signalingUrl: 'https://home.example',
      name: 'Laptop',
      pairedAt: 1,
      keyFingerprint: 'k'.repeat(43),
    });
    const migrated = await phoneIdentity(db);
    expect(migrated.servers).toEqual({ 'https://home.example': { peerId: 'pt-old', token: 'old-token' } });
    expect(migrated.peerId).toBeUndefined();
    expect(await keyFingerprint(migrated.deviceKey.spki)).toBe(await keyFingerprint(old.deviceKey.spki));
    const fresh = await new ServerIdentities(db, migrated).ensure('https://new.example');
    expect(fresh.peerId).not.toBe('pt-old');
  });
});
