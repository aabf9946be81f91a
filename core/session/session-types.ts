import type { DeviceKey } from '../auth/device-key';
import type { ErrorCode, Frame, HelloFrame } from '../protocol/frames';

/** The part of a PeerJS DataConnection the session needs; tests pass a pair of in-memory ends. */
export interface FrameChannel {
  send(data: unknown): void;
  close(): void;
  onData(listener: (data: unknown) => void): void;
  onClose(listener: () => void): void;
  /** The SDP of this connection as this side negotiated it: where the DTLS fingerprints come from. */
  sdp(): { local: string | undefined; remote: string | undefined };
}

/** The other side, once it has proven it holds the key it claims. */
export interface AuthenticatedPeer {
  role: HelloFrame['role'];
  device: string;
  key: HelloFrame['key'];
  /** SHA-256 of its public key: what gets pinned and shown. */
  fingerprint: string;
  /** It says it read this computer's QR code; the proof frame shows whether it knows the QR secret. */
  viaQr?: true;
  /** The typed code (XXXX-XXXX) the person typed on the phone, if that is how it came. */
  pairCode?: string;
  /** The later frame types it said it understands (hello `accepts`); absent from older peers. */
  accepts?: readonly string[];
}

/** The app's say on who may talk: pinned key, a QR code on show, or a typed code. */
export type Authorize = (
  peer: AuthenticatedPeer,
) => Promise<{ ok: true } | { ok: false; code: ErrorCode; message: string }>;

export interface SecureSessionOptions {
  role: HelloFrame['role'];
  device: string;
  key: DeviceKey;
  authorize: Authorize;
  /**
   * The phone's first connection proves the QR secret (the QR code's one-time secret; never sent),
   * or carries the typed code.
   */
  pairSecret?: string;
  pairCode?: string;
  /** Later frame types this side understands, announced in its hello (HelloFrame `accepts`). */
  accepts?: string[];
  /**
   * Computer: the QR secret of the QR code on show, taken (spent) when a phone's proof for it arrives;
   * undefined when none is on show. Only called once that phone's signature has verified.
   */
  takeQrSecret?: () => Promise<string | undefined>;
  pingEveryMs?: number;
  deadAfterMs?: number;
  /** Closes a connection whose handshake has not finished by then (default HANDSHAKE_WITHIN_MS). */
  handshakeWithinMs?: number;
  now?: () => number;
}

/**
 * Whose word a refusal is, as far as this side can tell: said inside the authenticated session
 * (`session`), or during the handshake but signed by the key the other side announced and this side
 * authorized (`signature`); otherwise (`none`) anyone who answered the dial could have said it, or this
 * side refused. Only a proven refusal may change what is stored.
 */
export type RefusalProof = 'session' | 'signature' | 'none';

/** Local only, never sent: the wire's error codes stay those of frames.ts. */
export type SessionProblemCode = ErrorCode | 'listener-failed' | 'internal';

/** A frame as the session is given it: the session adds the version, the id (unless given) and the number. */
export type Outgoing = Frame extends infer F
  ? F extends Frame
    ? Omit<F, 'v' | 'id' | 'seq'> & { id?: string }
    : never
  : never;

export interface SecureSessionEvents {
  /** Both sides proved their keys on this very connection; frames may flow. */
  ready(peer: AuthenticatedPeer): void;
  frame(frame: Frame): void;
  /**
   * The other side refused one of our frames, or sent us one we refused; or, on this side only, one of
   * its listeners threw (`listener-failed`) or handling a frame did (`internal`) after the handshake:
   * bugs here, not a reason to end an authenticated session.
   */
  problem(code: SessionProblemCode, message: string, ref?: string): void;
  /** The handshake failed, on our side or theirs: the connection is closed. */
  refused(code: ErrorCode, message: string, proof: RefusalProof): void;
  closed(reason: 'closed' | 'dead' | 'refused'): void;
}
