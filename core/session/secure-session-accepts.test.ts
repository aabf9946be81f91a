import { beforeAll, describe, expect, it } from 'vitest';
import { SecureSession } from './secure-session';
import { channelPair, computer, createKeys, phone, settled } from './secure-session-fixture';
import type { AuthenticatedPeer } from './session-types';

beforeAll(createKeys);

describe('SecureSession hello accepts', () => {
  it('hands the later frame types the peer named to its ready listener; an older peer names none', async () => {
    const [a, b] = channelPair();
    new SecureSession(a, computer({ accepts: ['phone/sims'] }));
    const p = new SecureSession(b, phone());
    const c2 = channelPair();
    const older = new SecureSession(c2[0], computer());
    new SecureSession(c2[1], phone());
    const seen: (readonly string[] | undefined)[] = [];
    const onReady = (peer: AuthenticatedPeer) => seen.push(peer.accepts);
    p.on('ready', onReady);
    older.on('ready', onReady);
    await settled();
    expect(seen).toContainEqual(['phone/sims']);
    expect(seen).toContainEqual(undefined);
    expect(seen).toHaveLength(2);
  });
});
