import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PhoneDb } from '../db/phone-db';
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
