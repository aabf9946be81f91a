import { dtlsFingerprint } from '../auth/dtls-fingerprint';
import type { FrameChannel } from './session-types';

/**
 * Both DTLS fingerprints of this connection, as this side negotiated it, or what is wrong with them
 * (for the log: a closed channel has no SDP left).
 */
export function channelFingerprints(channel: FrameChannel): { local: string; remote: string } | string {
  const sdp = channel.sdp();
  const local = dtlsFingerprint(sdp.local);
  const remote = dtlsFingerprint(sdp.remote);
  if (!local) return sdp.local ? 'local SDP has no single SHA-256 fingerprint' : 'no local SDP';
  if (!remote) return sdp.remote ? 'remote SDP has no single SHA-256 fingerprint' : 'no remote SDP';
  return local === remote ? 'both sides show the same fingerprint' : { local, remote };
}
