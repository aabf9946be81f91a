/**
 * The Content Security Policy of the phone app and of the extension's pages. No inline or foreign
 * script can run, nothing is framed or posted, and the pages can talk only to their own origin, to
 * servers over TLS, to the signaling server they were built for and to loopback (development and
 * the tests). Servers over TLS stay open because the person picks them at run time (a pairing link,
 * the options page); what this closes is plain-http exfiltration and anything injected. ICE (STUN
 * and TURN) is not under CSP at all.
 */
export function contentSecurityPolicy(builtForServer: string): string {
  const connect = new Set(["'self'", 'https:', 'wss:']);
  for (const server of [builtForServer, 'http://localhost:*', 'http://127.0.0.1:*']) {
    const url = server.replace(/\/+$/, '');
    connect.add(url);
    connect.add(url.replace(/^http/, 'ws'));
  }
  return [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    // The QR code is a data: image; the camera preview and scanned frames are blobs.
    "img-src 'self' data: blob:",
    // Lit falls back to <style> elements where constructable style sheets are missing.
    "style-src 'self' 'unsafe-inline'",
    "worker-src 'self'",
    `connect-src ${[...connect].join(' ')}`,
  ].join('; ');
}
