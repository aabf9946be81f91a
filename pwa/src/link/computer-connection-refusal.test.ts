import { channelPair, createKeys, type End, keys } from '@core/session/secure-session-fixture';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ComputerConnection } from './computer-connection';
import type { PhonePeer } from './phone-peer';

// The data channel is the fixture's in-memory pair: the phone's end travels inside the fake conn.
vi.mock('@web/data-connection-channel', () => ({
  dataConnectionChannel: (conn: { end: End }) => conn.end,
}));

beforeAll(createKeys);

describe('ComputerConnection refused before the handshake', () => {
  it('an unsigned not-paired error from whoever answered: told as unproven, closed, dialled again', async () => {
    const computerEnds: End[] = [];
    const peer = {
      open: true,
      connect: vi.fn(() => {
        const [phoneEnd, computerEnd] = channelPair();
        computerEnds.push(computerEnd);
        const opened: (() => void)[] = [];
        // The channel opens right after the dial, as PeerJS tells it: an 'open' event.
        setTimeout(() => {
          for (const l of opened) l();
        });
        return {
          end: phoneEnd,
          on: (event: string, l: () => void) => (event === 'open' ? opened.push(l) : undefined),
          close: () => phoneEnd.close(),
        };
      }),
    };
    const refused: string[] = [];
    const connection = new ComputerConnection(
      'pt-computer',
      { peer } as unknown as PhonePeer,
      'Pixel',
      {
        key: keys.phone,
        authorize: async () => ({ ok: true }),
        pairSecret: () => undefined,
        pairCode: () => undefined,
      },
      {
        state: () => undefined,
        ready: () => undefined,
        frame: () => undefined,
        refused: (_id, code, _message, proof) => refused.push(`${code}:${proof}`),
      },
    );
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      connection.connect();
      await vi.waitFor(() => expect(computerEnds).toHaveLength(1));
      computerEnds[0]!.send({ v: 1, id: 'e', type: 'error', code: 'not-paired', message: 'x' });
      await vi.waitFor(() => expect(refused).toEqual(['not-paired:none']));
      expect(connection.state).toBe('offline');
      // Backoff's first retry is after 1 s: the computer is dialled again, not forgotten.
      await vi.waitFor(() => expect(peer.connect).toHaveBeenCalledTimes(2), { timeout: 3_000 });
    } finally {
      connection.stop();
      warned.mockRestore();
    }
  });
});
