import { describe, expect, it } from 'vitest';
import { believesUnpairing } from './refusal-belief';

const qrPaired = { keyFingerprint: 'f'.repeat(43), pairCode: undefined };
const codePaired = { keyFingerprint: '', pairCode: 'ABCD-2345' };

describe('believesUnpairing', () => {
  it('believes the session’s word always, a signature only for a pinned key, nothing unproven', () => {
    expect(believesUnpairing('not-paired', 'session', qrPaired)).toBe(true);
    expect(believesUnpairing('not-paired', 'session', codePaired)).toBe(true);
    expect(believesUnpairing('not-paired', 'signature', qrPaired)).toBe(true);
    // A typed code pins no key: a relay's own signature would pass.
    expect(believesUnpairing('not-paired', 'signature', codePaired)).toBe(false);
    expect(believesUnpairing('not-paired', 'none', qrPaired)).toBe(false);
    expect(believesUnpairing('auth-failed', 'session', qrPaired)).toBe(false);
    expect(believesUnpairing('not-paired', 'session', undefined)).toBe(false);
  });
});
