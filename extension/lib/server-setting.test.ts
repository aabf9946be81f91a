import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PWA_URL, SIGNALING_URL } from './endpoints';
import { checkServer, parseServerUrl, phoneAppUrl, saveSignalingUrl, signalingUrl } from './server-setting';

describe('the signaling server setting', () => {
  it("is the build's default until the person saves another", async () => {
    expect(await signalingUrl()).toBe(SIGNALING_URL);
    await saveSignalingUrl('https://peertext.example.org');
    expect(await signalingUrl()).toBe('https://peertext.example.org');
  });

  it("sends phones to the build's phone app for the build's server, else to the server's own origin", () => {
    expect(phoneAppUrl(SIGNALING_URL)).toBe(PWA_URL);
    expect(phoneAppUrl('https://peertext.example.org')).toBe('https://peertext.example.org/');
  });
});

describe('parseServerUrl', () => {
  it.each([
    ['https://peertext.example.org', 'https://peertext.example.org'],
    [' https://Peertext.Example.org/ ', 'https://peertext.example.org'],
    ['http://localhost:9000', 'http://localhost:9000'],
    [SIGNALING_URL, new URL(SIGNALING_URL).origin],
  ])('takes %j as %s', (input, url) => {
    expect(parseServerUrl(input)).toEqual({ ok: true, url });
  });

  it.each([
    ['peertext.example.org', /Type the server address/],
    ['ftp://peertext.example.org', /https:\/\//],
    ['https://peertext.example.org/peerjs', /without a path/],
    ['https://user:pw@peertext.example.org', /without a path/],
    ['http://192.168.1.5:8787', /needs https:\/\/.+built for/],
  ])('refuses %j, saying what is wanted', (input, error) => {
    const parsed = parseServerUrl(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });
});

describe('checkServer', () => {
  const answer = (response: Response | Error) =>
    (async () => {
      if (response instanceof Error) throw response;
      return response;
    }) as unknown as typeof fetch;

  it('reports a PeerText server and how many peers it holds', async () => {
    expect(await checkServer('https://s', answer(Response.json({ ok: true, peers: 3 })))).toEqual({
      ok: true,
      peers: 3,
    });
  });

  it('tells an unreachable server, a timeout, an HTTP error and a stranger apart', async () => {
    const unreachable = await checkServer('https://s', answer(new TypeError('Failed to fetch')));
    expect(unreachable).toEqual({ ok: false, reason: expect.stringMatching(/Could not reach https:\/\/s/) });
    const slow = await checkServer('https://s', answer(new DOMException('slow', 'TimeoutError')));
    expect(slow).toEqual({ ok: false, reason: expect.stringMatching(/did not answer within 5 seconds/) });
    const broken = await checkServer('https://s', answer(new Response('', { status: 502 })));
    expect(broken).toEqual({ ok: false, reason: expect.stringMatching(/HTTP 502/) });
    const other = await checkServer('https://s', answer(Response.json({ hello: 'world' })));
    expect(other).toEqual({ ok: false, reason: expect.stringMatching(/not as a PeerText signaling server/) });
  });
});
