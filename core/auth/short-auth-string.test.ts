import { describe, expect, it } from 'vitest';
import { sasText, shortAuthString } from './short-auth-string';

const side = (x: string) => ({ spki: `spki-${x}`, nonce: `nonce-${x}`, dtls: `dtls-${x}` });

describe('shortAuthString', () => {
  it('is six digits, the same for the same inputs, different when any input changes', async () => {
    const base = { computer: side('c'), phone: side('p') };
    const sas = await shortAuthString(base);
    expect(sas).toMatch(/^\d{3} \d{3}$/);
    expect(await shortAuthString({ ...base })).toBe(sas);
    expect(await shortAuthString({ ...base, phone: { ...side('p'), dtls: 'dtls-evil' } })).not.toBe(sas);
    expect(await shortAuthString({ computer: side('p'), phone: side('c') })).not.toBe(sas);
  });

  it('is v2: the committed values, under a tag of their own (v1 digits could be ground)', () => {
    expect(sasText({ computer: side('c'), phone: side('p') }).split('\n')[0]).toBe('peertext-sas-v2');
  });
});
