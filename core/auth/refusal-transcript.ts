/**
 * What a side signs when it refuses the other during the handshake ("you are not paired"): the same
 * binding to this connection as a proof (the other side's nonce, both DTLS fingerprints), under its
 * own tag so a refusal can never pass for a proof, nor a proof for a refusal. Without it, whoever
 * answers a dial could make a phone forget its computer with one unsigned error frame.
 */
export interface RefusalParts {
  role: 'computer' | 'phone';
  peerNonce: string;
  ownDtls: string;
  peerDtls: string;
  code: string;
  message: string;
}

export function refusalTranscript(p: RefusalParts): string {
  return ['peertext-refusal-v1', p.role, p.peerNonce, p.ownDtls, p.peerDtls, p.code, p.message].join('\n');
}
