import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './content-security-policy';

const directives = (policy: string) =>
  new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));

describe('contentSecurityPolicy', () => {
  it('runs only the app’s own script: nothing inline, evaluated or foreign, no plugins, no base or forms', () => {
    const policy = directives(contentSecurityPolicy('https://peertext.example.org'));
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('connects to the server it was built for (http and ws for a LAN one), TLS servers and loopback only', () => {
    const connect = directives(contentSecurityPolicy('http://192.168.1.5:8787/')).get('connect-src');
    expect(connect).toEqual([
      "'self'",
      'https:',
      'wss:',
      'http://192.168.1.5:8787',
      'ws://192.168.1.5:8787',
      'http://localhost:*',
      'ws://localhost:*',
      'http://127.0.0.1:*',
      'ws://127.0.0.1:*',
    ]);
    expect(connect).not.toContain('http:');
    expect(connect).not.toContain('ws:');
  });
});
