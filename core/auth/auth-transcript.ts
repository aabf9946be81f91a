/**
 * What each side signs to prove it holds its pinned key on *this* connection: its role, the other
 * side's fresh nonce (no replay from another session), and both DTLS fingerprints as it sees them
 * (no relay that terminated DTLS in the middle can produce a matching pair on both sides).
 */
export interface TranscriptParts {
  role: 'computer' | 'phone';
  peerNonce: string;
  ownDtls: string;
  peerDtls: string;
}

export function authTranscript(parts: TranscriptParts): string {
  return ['peertext-auth-v1', parts.role, parts.peerNonce, parts.ownDtls, parts.peerDtls].join('\n');
}
