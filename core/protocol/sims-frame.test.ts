import { describe, expect, it } from 'vitest';
import { parseFrame } from './parse-frame';

const sims = {
  v: 1,
  type: 'phone/sims',
  id: 'f1',
  sims: [
    { id: 1, slot: 0, carrier: 'Vodafone', default: false },
    { id: 2, slot: 1, carrier: 'O2', default: true },
  ],
};

describe('phone/sims frames', () => {
  it('accepts the phone’s SIMs, with and without the default mark, and an empty list', () => {
    expect(parseFrame(sims)).toEqual({ ok: true, frame: sims });
    const older = { ...sims, sims: [{ id: 1, slot: 0, carrier: 'Vodafone' }] };
    expect(parseFrame(older)).toMatchObject({ ok: true });
    expect(parseFrame({ ...sims, sims: [] })).toMatchObject({ ok: true });
  });

  it('refuses malformed SIMs with a message naming the field', () => {
    const bad = parseFrame({ ...sims, sims: [{ id: -1, slot: 0, carrier: 'x' }] });
    expect(bad).toMatchObject({ ok: false, code: 'bad-frame', ref: 'f1' });
    expect(bad.ok ? '' : bad.message).toMatch(/phone\/sims.*sims\.0\.id/);
    expect(parseFrame({ ...sims, sims: 'two' })).toMatchObject({ ok: false, code: 'bad-frame' });
    expect(parseFrame({ ...sims, sims: new Array(9).fill(sims.sims[0]) })).toMatchObject({
      ok: false,
      code: 'bad-frame',
    });
  });

  it('refuses another protocol version before looking at the SIMs', () => {
    expect(parseFrame({ ...sims, v: 2, sims: 'anything' })).toMatchObject({
      ok: false,
      code: 'unsupported-version',
    });
  });
});
