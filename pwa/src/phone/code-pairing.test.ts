import { normalizeTypedCode } from '@core/pairing/typed-code';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lookupPairingCode } from './code-pairing';

afterEach(() => vi.unstubAllGlobals());

describe('lookupPairingCode', () => {
  it("reads what the person typed with the typed code's normaliser (tested in core/pairing/typed-code.test.ts)", async () => {
    const posted: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: { body: string }) => {
        posted.push(JSON.parse(init.body).code);
        return new Response(JSON.stringify({ peerId: 'pt-computer' }));
      }),
    );
    const typed = ['abcd efgh', ' 0123-4567 ', 'ab-cd ef-gh', 'ILOU-ABCD', 'ABCD-EFG'];
    const found = await Promise.all(typed.map((t) => lookupPairingCode('http://signal.test', t)));
    const codes = typed.map(normalizeTypedCode);
    expect(found.map((f) => (f.ok ? f.code : undefined))).toEqual(codes);
    expect(posted).toEqual(codes.filter((c) => c !== undefined));
  });
});
