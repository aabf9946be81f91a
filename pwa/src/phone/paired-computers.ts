import type { AuthenticatedPeer, Authorize } from '@core/session/secure-session';
import type { PairedComputer, PhoneDb } from '../db/phone-db';

/**
 * The computers this phone is paired with, as stored, and kept in memory too so a handshake can
 * check a key without waiting for IndexedDB. Every change to a pairing record goes through here.
 */
export class PairedComputers {
  private readonly known = new Map<string, PairedComputer>();

  constructor(private readonly db: PhoneDb) {}

  get(peerId: string): PairedComputer | undefined {
    return this.known.get(peerId);
  }

  /** What the person calls it on this phone, for notices. */
  nameOf(peerId: string): string {
    return this.known.get(peerId)?.name ?? 'A computer';
  }

  /** Every stored pairing, now also in memory. */
  async load(): Promise<PairedComputer[]> {
    const all = await this.db.computers.toArray();
    for (const computer of all) this.known.set(computer.peerId, computer);
    return all;
  }

  /** A new pairing (or a pairing again): in memory only once it is stored. */
  async add(computer: PairedComputer): Promise<void> {
    await this.db.computers.put(computer);
    this.known.set(computer.peerId, computer);
  }

  async remove(peerId: string): Promise<void> {
    await this.db.computers.delete(peerId);
    this.known.delete(peerId);
  }

  /** A computer proved the key it was paired with, or (typed code) is on its way to the SAS check. */
  authorize(peerId: string, peer: AuthenticatedPeer): ReturnType<Authorize> {
    const known = this.known.get(peerId);
    // A typed code pins nothing yet: the SAS check on both screens decides.
    if (peer.role === 'computer' && (known?.pairCode || peer.fingerprint === known?.keyFingerprint)) {
      return Promise.resolve({ ok: true });
    }
    return Promise.resolve({
      ok: false,
      code: 'auth-failed',
      message: 'This computer’s key is not the one this phone paired with.',
    });
  }

  pairSecret(peerId: string): string | undefined {
    return this.known.get(peerId)?.pairSecret;
  }

  pairCode(peerId: string): string | undefined {
    return this.known.get(peerId)?.pairCode;
  }

  /** The pairing secret has done its job once the computer has pinned this phone: drop it. */
  async authenticated(peerId: string, device: string): Promise<void> {
    const known = this.known.get(peerId);
    if (!known) return;
    const updated: PairedComputer = { ...known, name: device.trim() || known.name };
    delete updated.pairSecret;
    await this.replace(updated);
  }

  /** Both screens' six digits matched: the key it showed in that session is the one pinned. */
  async trust(peerId: string, peer: AuthenticatedPeer): Promise<void> {
    const known = this.known.get(peerId);
    if (!known) return;
    const trusted: PairedComputer = {
      ...known,
      name: peer.device.trim() || known.name,
      keyFingerprint: peer.fingerprint,
    };
    delete trusted.pairCode;
    await this.replace(trusted);
  }

  private async replace(computer: PairedComputer): Promise<void> {
    this.known.set(computer.peerId, computer);
    await this.db.computers.put(computer);
  }
}
