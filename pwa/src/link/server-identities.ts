import type { PhoneDb, PhoneIdentity, ServerIdentity } from '../db/phone-db';
import { newServerIdentity } from './phone-identity';

/**
 * Which id and token this phone uses on each signaling server. One is made only when the person
 * has agreed to pair through that server (a pairing confirmed, a code typed), so a server named in
 * a link nobody confirmed never hears from this phone, and no server learns another's id.
 */
export class ServerIdentities {
  constructor(
    private readonly db: PhoneDb,
    private readonly identity: PhoneIdentity,
  ) {}

  /** The id on this server, made and stored first if the phone never used it. */
  async ensure(signalingUrl: string): Promise<ServerIdentity> {
    const known = this.identity.servers[signalingUrl];
    if (known) return known;
    const chosen = await this.db.transaction('rw', this.db.identity, async () => {
      const stored = await this.db.identity.get('self');
      if (!stored) throw new Error('The phone has no identity yet.');
      // Another tab may have made one meanwhile: theirs is already in use, keep it.
      const servers = { ...stored.servers };
      servers[signalingUrl] ??= newServerIdentity();
      await this.db.identity.put({ ...stored, servers });
      return servers[signalingUrl];
    });
    this.identity.servers[signalingUrl] = chosen;
    return chosen;
  }

  /** Only for servers `ensure` was awaited for: dialling must never make an id up on the way. */
  get(signalingUrl: string): ServerIdentity {
    const known = this.identity.servers[signalingUrl];
    if (!known) throw new Error(`No id agreed for ${signalingUrl}.`);
    return known;
  }
}
