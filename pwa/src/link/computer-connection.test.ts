import type { DeviceKey } from '@core/auth/device-key';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ComputerConnection, type ComputerEvents } from './computer-connection';
import type { PhonePeer } from './phone-peer';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function events(): ComputerEvents & { states: string[] } {
  const states: string[] = [];
  return {
    states,
    state: (peerId, state) => states.push(`${peerId}:${state}`),
    ready: () => undefined,
    frame: () => undefined,
    refused: () => undefined,
  };
}

const auth = {
  key: {} as DeviceKey,
  authorize: async () => ({ ok: true as const }),
  pairSecret: () => undefined,
  pairCode: () => undefined,
};

describe('ComputerConnection', () => {
  it('redials a computer it cannot reach after 1 s, doubling up to 10 s, and says it is offline', () => {
    const start = Date.now();
    const dials: number[] = [];
    const peer = {
      open: true,
      connect: vi.fn(() => {
        dials.push(Date.now() - start);
        return undefined;
      }),
    };
    const told = events();
    const connection = new ComputerConnection(
      'pt-computer',
      { peer } as unknown as PhonePeer,
      'Pixel',
      auth,
      told,
    );
    connection.connect();
    vi.advanceTimersByTime(40_000);
    expect(dials).toEqual([0, 1_000, 3_000, 7_000, 15_000, 25_000, 35_000]);
    expect(told.states).toEqual(['pt-computer:offline']);
    connection.stop();
    vi.advanceTimersByTime(20_000);
    expect(dials).toHaveLength(7);
  });

  it('does not dial before signaling is open, nor while a redial waits', () => {
    const peer = { open: false, connect: vi.fn(() => undefined) };
    const connection = new ComputerConnection(
      'pt-computer',
      { peer } as unknown as PhonePeer,
      'Pixel',
      auth,
      events(),
    );
    connection.connect();
    expect(peer.connect).not.toHaveBeenCalled();
    peer.open = true;
    connection.connect();
    connection.connect();
    expect(peer.connect).toHaveBeenCalledTimes(1);
    connection.stop();
  });
});
