import type { DeviceKey } from '../auth/device-key';
import { signText, verifyText } from '../auth/device-key';
import { refusalTranscript } from '../auth/refusal-transcript';
import type { ErrorFrame, HelloFrame } from '../protocol/frames';
import { channelFingerprints } from './channel-fingerprints';
import type { FrameChannel } from './session-types';

/**
 * A refusal this side signs: over the other side's nonce and this connection, so it cannot be replayed
 * elsewhere. Undefined when there is nothing to bind it to yet (no hello from them, no fingerprints).
 */
export async function signRefusal(
  key: DeviceKey,
  role: HelloFrame['role'],
  channel: FrameChannel,
  peerNonce: string | undefined,
  refusal: { code: string; message: string },
): Promise<string | undefined> {
  const dtls = channelFingerprints(channel);
  if (!peerNonce || typeof dtls === 'string') return undefined;
  return signText(
    key,
    refusalTranscript({ role, peerNonce, ownDtls: dtls.local, peerDtls: dtls.remote, ...refusal }),
  );
}

/** Whether the other side's refusal carries its signature, with the key its hello announced, over our nonce. */
export async function refusalSigned(
  frame: ErrorFrame,
  peerKey: HelloFrame['key'] & { role: HelloFrame['role'] },
  channel: FrameChannel,
  ownNonce: string,
): Promise<boolean> {
  const dtls = channelFingerprints(channel);
  if (!frame.sig || typeof dtls === 'string') return false;
  const text = refusalTranscript({
    role: peerKey.role,
    peerNonce: ownNonce,
    ownDtls: dtls.remote,
    peerDtls: dtls.local,
    code: frame.code,
    message: frame.message,
  });
  return verifyText(peerKey.alg, peerKey.spki, text, frame.sig);
}
