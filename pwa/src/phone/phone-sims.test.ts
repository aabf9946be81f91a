import type { Sim } from '@core/bridge/bridge-contract';
import { describe, expect, it, vi } from 'vitest';
import { PhoneSims, type SimsOut } from './phone-sims';

const DUAL: Sim[] = [
  { id: 1, slot: 0, carrier: 'Vodafone', number: '+447911123456', default: false },
  { id: 2, slot: 1, carrier: 'O2', default: true },
];

function setup(connected = ['a', 'b']) {
  const sent: [string, SimsOut][] = [];
  const sims = new PhoneSims(
    (peerId, frame) => sent.push([peerId, frame]),
    () => connected,
  );
  for (const peerId of connected) sims.computerReady(peerId, ['phone/sims']);
  sent.length = 0;
  return { sims, sent };
}

describe('PhoneSims', () => {
  it('tells every connected computer the SIMs, without their numbers, and each new one at connect', async () => {
    const { sims, sent } = setup();
    await sims.use(async () => DUAL);
    const frame = {
      type: 'phone/sims',
      sims: [
        { id: 1, slot: 0, carrier: 'Vodafone', default: false },
        { id: 2, slot: 1, carrier: 'O2', default: true },
      ],
    };
    expect(sent).toEqual([
      ['a', frame],
      ['b', frame],
    ]);
    sims.computerReady('c', ['phone/sims']);
    expect(sent[2]).toEqual(['c', frame]);
  });

  it('never sends the frame to a computer that did not name it in its hello (its session would break)', async () => {
    const { sims, sent } = setup(['a', 'old']);
    sims.computerReady('old', undefined);
    await sims.use(async () => DUAL);
    expect(sent.map(([peerId]) => peerId)).toEqual(['a']);
  });

  it('says nothing again when a fresh listing is the same, and tells a change', async () => {
    const { sims, sent } = setup(['a']);
    const lister = vi.fn(async () => DUAL);
    await sims.use(lister);
    await sims.refresh();
    expect(sent).toHaveLength(1);
    lister.mockResolvedValue([DUAL[0]!]);
    await sims.refresh();
    expect(sent[1]?.[1].sims).toEqual([{ id: 1, slot: 0, carrier: 'Vodafone', default: false }]);
  });

  it('keeps what it knew when listing fails, and offers none without the wrapper', async () => {
    const { sims, sent } = setup(['a']);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await sims.use(async () => DUAL);
    await sims.use(() => Promise.reject(new Error('permission-denied')));
    expect(sent).toHaveLength(1);
    await sims.use(undefined);
    expect(sent[1]?.[1].sims).toEqual([]);
  });
});
