/**
 * The DTLS certificate fingerprint an SDP announces (`a=fingerprint:sha-256 AB:CD:…`), normalised.
 * The signaling server relays SDP and could swap it; signing both sides' fingerprints with pinned
 * keys is what exposes that. Anything ambiguous (none, several different, not SHA-256) is undefined.
 */
export function dtlsFingerprint(sdp: string | undefined): string | undefined {
  if (!sdp) return undefined;
  const found = new Set<string>();
  for (const line of sdp.split(/\r?\n/)) {
    const match = /^a=fingerprint:(\S+)\s+([0-9A-Fa-f:]+)\s*$/.exec(line.trim());
    if (!match) continue;
    if (match[1]!.toLowerCase() !== 'sha-256') return undefined;
    const hex = match[2]!.toUpperCase();
    if (!/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/.test(hex)) return undefined;
    found.add(hex);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
