import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { turnCredential } from './turn-credential';

describe('turnCredential', () => {
  it('names the expiry and the peer, and signs that name with the shared secret', () => {
    const issued = turnCredential('s3cret', 'peer-1', 1_700_000_000_500, 600);
    expect(issued.username).toBe('1700000600:peer-1');
    expect(issued.expiresAt).toBe(1_700_000_600);
    expect(issued.credential).toBe(createHmac('sha1', 's3cret').update('1700000600:peer-1').digest('base64'));
  });

  it('matches the TURN REST reference value', () => {
    // HMAC-SHA1("north", "1433895918506:my_username") computed independently:
    // printf '1433895918506:my_username' | openssl dgst -sha1 -hmac north -binary | base64
    const issued = turnCredential('north', 'my_username', 1_433_895_918_506_000, 0);
    expect(issued.username).toBe('1433895918506:my_username');
    expect(issued.credential).toBe('Gx/rOncp1ZXBdeBo0S3RrYQnHDA=');
  });

  it('gives another password under another secret', () => {
    const a = turnCredential('one', 'p', 0, 60);
    const b = turnCredential('two', 'p', 0, 60);
    expect(a.username).toBe(b.username);
    expect(a.credential).not.toBe(b.credential);
  });
});
