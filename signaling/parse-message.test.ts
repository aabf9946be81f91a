import { describe, expect, it } from 'vitest';
import { parseMessage } from './parse-message';

describe('parseMessage', () => {
  it('accepts a JSON object with a string type, keeping its fields', () => {
    expect(parseMessage('{"type":"OFFER","dst":"b","payload":{"sdp":"x"}}', 1024)).toEqual({
      ok: true,
      message: { type: 'OFFER', dst: 'b', payload: { sdp: 'x' } },
    });
  });

  it('refuses text that is not JSON, and JSON that is not a typed object', () => {
    for (const frame of ['{nope', 'null', '[1]', '"OFFER"', '{"dst":"b"}', '{"type":5}']) {
      expect(parseMessage(frame, 1024)).toEqual({ ok: false, error: 'Invalid message' });
    }
  });

  it('refuses binary frames', () => {
    expect(parseMessage(new ArrayBuffer(4), 1024)).toEqual({ ok: false, error: 'Invalid message' });
  });

  it('measures the limit in UTF-8 bytes, not characters', () => {
    const frame = JSON.stringify({ type: 'OFFER', payload: 'é'.repeat(10) });
    const bytes = Buffer.byteLength(frame);
    expect(parseMessage(frame, bytes).ok).toBe(true);
    expect(parseMessage(frame, bytes - 1)).toEqual({ ok: false, error: 'Message too large' });
    expect(frame.length).toBeLessThan(bytes);
  });

  it('measures a frame of 4-byte characters too, which count as two UTF-16 units', () => {
    const frame = JSON.stringify({ type: 'OFFER', payload: '😀'.repeat(10) });
    const bytes = Buffer.byteLength(frame);
    expect(parseMessage(frame, bytes).ok).toBe(true);
    expect(parseMessage(frame, bytes - 1)).toEqual({ ok: false, error: 'Message too large' });
  });
});
