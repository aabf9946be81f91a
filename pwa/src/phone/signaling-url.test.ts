import { describe, expect, it } from 'vitest';
import { createSignaling } from '../../../signaling/create-signaling';
import { findSignalingUrl } from './signaling-url';

const at = (url: string) => new URL(url);
/** The real signaling app answering at any origin: its /health is the contract probed. */
const signaling = createSignaling({}, () => '203.0.113.1');
const aSignalingServer: typeof fetch = async (url, init) =>
  signaling.app.request(new URL(String(url)).pathname, init);
/** What a development page server (Vite) answers for a path it does not know: its index page. */
const aPageServer: typeof fetch = async () =>
  new Response('<!doctype html><title>PeerText</title>', { headers: { 'content-type': 'text/html' } });
const unreachable: typeof fetch = async () => {
  throw new TypeError('Failed to fetch');
};

describe('findSignalingUrl', () => {
  it('is the build setting when there is one, without asking', async () => {
    expect(await findSignalingUrl(at('http://phone.test/'), 'https://other.example', unreachable)).toBe(
      'https://other.example',
    );
  });

  it("is the page's own origin on https, where the signaling server serves the phone app", async () => {
    expect(await findSignalingUrl(at('https://peertext.example.org/'), undefined, unreachable)).toBe(
      'https://peertext.example.org',
    );
  });

  it("is the page's own origin on plain http when that origin answers as a signaling server", async () => {
    expect(await findSignalingUrl(at('http://localhost:8790/'), undefined, aSignalingServer)).toBe(
      'http://localhost:8790',
    );
  });

  it('is port 8787 of the host beside a page server, or when the probe fails', async () => {
    expect(await findSignalingUrl(at('http://192.168.1.10:8788/'), undefined, aPageServer)).toBe(
      'http://192.168.1.10:8787',
    );
    expect(await findSignalingUrl(at('http://peertext.localhost/'), undefined, unreachable)).toBe(
      'http://peertext.localhost:8787',
    );
  });
});
