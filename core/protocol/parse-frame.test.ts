import { describe, expect, it } from 'vitest';
import { MAX_BODY_CHARS, MAX_FRAME_CHARS } from './frames';
import { parseFrame } from './parse-frame';

const send = { v: 1, type: 'sms/send', id: 'f1', msgId: 'm1', to: '+447911123456', body: 'hi' };

describe('parseFrame', () => {
  it('accepts a valid send frame as an object or a string', () => {
    expect(parseFrame(send)).toEqual({ ok: true, frame: send });
    expect(parseFrame(JSON.stringify(send))).toEqual({ ok: true, frame: send });
  });

  it('refuses malformed JSON and non-objects', () => {
    expect(parseFrame('{nope')).toMatchObject({ ok: false, code: 'bad-frame' });
    expect(parseFrame([1, 2])).toMatchObject({ ok: false, code: 'bad-frame' });
    expect(parseFrame(null)).toMatchObject({ ok: false, code: 'bad-frame' });
  });

  it('refuses an unknown protocol version, naming the frame', () => {
    expect(parseFrame({ ...send, v: 2 })).toMatchObject({
      ok: false,
      code: 'unsupported-version',
      ref: 'f1',
    });
  });

  it('refuses an unknown type', () => {
    expect(parseFrame({ ...send, type: 'sms/launch' })).toMatchObject({ ok: false, code: 'unknown-type' });
  });

  it('refuses missing and wrongly typed fields', () => {
    expect(parseFrame({ ...send, to: 5 })).toMatchObject({ ok: false, code: 'bad-frame', ref: 'f1' });
    expect(parseFrame({ ...send, body: '' })).toMatchObject({ ok: false, code: 'bad-frame' });
  });

  it('refuses an oversized body and an oversized frame', () => {
    expect(parseFrame({ ...send, body: 'x'.repeat(MAX_BODY_CHARS + 1) })).toMatchObject({
      ok: false,
      code: 'bad-frame',
    });
    expect(parseFrame({ ...send, body: 'x'.repeat(MAX_FRAME_CHARS) })).toMatchObject({
      ok: false,
      code: 'too-large',
    });
  });

  it('refuses binary data, arrays and class instances before measuring them', () => {
    const huge = new Array(1_000_000).fill('x');
    for (const data of [
      new ArrayBuffer(8),
      new Uint8Array(4),
      huge,
      new Date(0),
      new Map(),
      42,
      true,
      undefined,
    ]) {
      expect(parseFrame(data)).toEqual({
        ok: false,
        code: 'bad-frame',
        message: 'Frame must be a JSON object.',
      });
    }
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, send);
    expect(parseFrame(bare)).toMatchObject({ ok: true });
  });

  it('refuses a frame that cannot be serialised', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(parseFrame(cyclic)).toMatchObject({ ok: false, code: 'bad-frame' });
  });
});
