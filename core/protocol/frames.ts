import * as v from 'valibot';
import { MESSAGE_STATES } from '../message/message-state';
import { TYPED_CODE_PATTERN } from '../pairing/typed-code';
import { Change } from '../sync/synced-message';
import { MAX_BODY_CHARS } from './limits';

/** The app-level protocol spoken over the data channel. Bump only with a migration path. */
export const PROTOCOL_VERSION = 1;
export { MAX_BODY_CHARS, MAX_FRAME_CHARS } from './limits';
/** The typed-code SAS construction the hello announces: 2 = commit before reveal (sas-exchange.ts). */
export const SAS_VERSION = 2;

const FrameId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const Base64Url = (min: number, max: number) =>
  v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]*$/), v.minLength(min), v.maxLength(max));
/** After the handshake every frame carries the next number of its direction: no replay, no reordering. */
const base = {
  v: v.literal(PROTOCOL_VERSION),
  id: FrameId,
  seq: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
};

export const KeyInfo = v.object({
  alg: v.picklist(['Ed25519', 'ECDSA-P256']),
  spki: Base64Url(40, 200),
});
/** Opens every connection: who I am (my pinned key), and a fresh nonce for the other side to sign. */
export const HelloFrame = v.object({
  ...base,
  type: v.literal('auth/hello'),
  role: v.picklist(['computer', 'phone']),
  device: v.pipe(v.string(), v.maxLength(100)),
  nonce: Base64Url(43, 43),
  key: KeyInfo,
  /**
   * Only on the phone's first connection: "I read your QR code" (the QR secret is proven in the proof
   * frame, never sent), or the typed code (typed-code.ts; the signaling server also knows it, so it
   * needs the SAS check as well). `sas: 2`: this phone commits to its SAS value (sas/commit below);
   * a computer refuses a typed code without it, whose digits a relay could grind.
   */
  /**
   * Frame types this side understands that came after the first release (e.g. `phone/sims`). After the
   * handshake an unknown frame is refused without taking its number, so the next one would be out of
   * sequence and end the session: a side sends such frames only to a peer that named them here.
   * Older peers ignore the field (valibot drops unknown keys).
   */
  accepts: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(20))),
  pair: v.optional(
    v.union([
      v.object({ qr: v.literal(true) }),
      v.object({
        code: v.pipe(v.string(), v.regex(TYPED_CODE_PATTERN)),
        sas: v.optional(v.literal(SAS_VERSION)),
      }),
    ]),
  ),
});
/**
 * Typed-code pairing only, SAS v2 (sas-exchange.ts), before the session like the hello: the phone's
 * commitment to its SAS value, sent before it has seen the computer's; the computer's value, sent only
 * once the commitment is in; then the phone's value, sent only once the computer's is in. Older peers
 * refuse these as unknown frame types, with an error saying which.
 */
export const SasCommitFrame = v.object({ ...base, type: v.literal('sas/commit'), commit: Base64Url(43, 43) });
export const SasNonceFrame = v.object({ ...base, type: v.literal('sas/nonce'), nonce: Base64Url(43, 43) });
export const SasRevealFrame = v.object({ ...base, type: v.literal('sas/reveal'), nonce: Base64Url(43, 43) });
export const ProofFrame = v.object({
  ...base,
  type: v.literal('auth/proof'),
  sig: Base64Url(40, 200),
  /** With `pair: { qr }`: HMAC-SHA256 of the signed transcript keyed with the QR secret (pairing-mac.ts). */
  pairMac: v.optional(Base64Url(43, 43)),
});
/** After a typed-code pairing: "the person saw the same six digits here". */
export const ConfirmFrame = v.object({ ...base, type: v.literal('auth/confirm') });
/** "I unpaired you": the receiver forgets the sender and stops reconnecting. */
export const RevokeFrame = v.object({ ...base, type: v.literal('auth/revoke') });
export const PingFrame = v.object({ ...base, type: v.literal('link/ping') });
export const PongFrame = v.object({ ...base, type: v.literal('link/pong'), ref: FrameId });
export const SendFrame = v.object({
  ...base,
  type: v.literal('sms/send'),
  msgId: FrameId,
  to: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
  body: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_BODY_CHARS)),
  simId: v.optional(v.pipe(v.number(), v.integer())),
});
/** One SIM as the computer offers it: no number, which the computer has no need of. */
export const PhoneSim = v.object({
  id: v.pipe(v.number(), v.integer(), v.minValue(0)),
  slot: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(15)),
  carrier: v.pipe(v.string(), v.maxLength(100)),
  /** The phone's default SIM for SMS; absent when the phone does not know (an older wrapper). */
  default: v.optional(v.boolean()),
});
/**
 * Phone → computer, at each connect and whenever its SIMs change: the SIMs it can send with, the
 * whole list each time (`[]`: no choice to offer). Older computers answer it as an unknown frame type.
 */
export const SimsFrame = v.object({
  ...base,
  type: v.literal('phone/sims'),
  sims: v.pipe(v.array(PhoneSim), v.maxLength(8)),
});
export const StateFrame = v.object({
  ...base,
  type: v.literal('sms/state'),
  msgId: FrameId,
  state: v.picklist(MESSAGE_STATES),
  reason: v.optional(v.pipe(v.string(), v.maxLength(500))),
  at: v.number(),
});
/** Computer → phone: "send me every change after this one", then keep me up to date. */
export const SyncPullFrame = v.object({
  ...base,
  type: v.literal('sync/pull'),
  after: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
/** Phone → computer: changes in sequence; `head` is the phone's newest, so the computer can show progress. */
export const SyncBatchFrame = v.object({
  ...base,
  type: v.literal('sync/batch'),
  changes: v.pipe(v.array(Change), v.maxLength(1_000)),
  head: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export const ERROR_CODES = [
  'bad-frame',
  'too-large',
  'unsupported-version',
  'unknown-type',
  'invalid-number',
  'not-paired',
  'not-authenticated',
  'auth-failed',
  'out-of-sequence',
] as const;
export const ErrorFrame = v.object({
  ...base,
  type: v.literal('error'),
  code: v.picklist(ERROR_CODES),
  message: v.pipe(v.string(), v.maxLength(500)),
  ref: v.optional(FrameId),
  /**
   * A refusal during the handshake, signed with the sender's key over the receiver's nonce and this
   * connection (refusal-transcript.ts): only then may the receiver act on it (a phone forgetting its
   * computer). Older peers ignore it.
   */
  sig: v.optional(Base64Url(40, 200)),
});

/**
 * "I am ending this session": PeerJS does not always tell the other side a data channel closed, and
 * without this the other side would only notice at its ping deadline. With a code, it was a refusal.
 */
export const CloseFrame = v.object({
  ...base,
  type: v.literal('link/close'),
  code: v.optional(v.picklist(ERROR_CODES)),
  message: v.optional(v.pipe(v.string(), v.maxLength(500))),
});

export const Frame = v.variant('type', [
  HelloFrame,
  ProofFrame,
  SasCommitFrame,
  SasNonceFrame,
  SasRevealFrame,
  RevokeFrame,
  ConfirmFrame,
  PingFrame,
  PongFrame,
  CloseFrame,
  SendFrame,
  SimsFrame,
  StateFrame,
  SyncPullFrame,
  SyncBatchFrame,
  ErrorFrame,
]);

export type Frame = v.InferOutput<typeof Frame>;
export type FrameType = Frame['type'];
export type FrameOf<T extends FrameType> = Extract<Frame, { type: T }>;
export type ErrorCode = (typeof ERROR_CODES)[number];
export type HelloFrame = FrameOf<'auth/hello'>;
export type ProofFrame = FrameOf<'auth/proof'>;
export type SasFrame = FrameOf<'sas/commit' | 'sas/nonce' | 'sas/reveal'>;
export type KeyInfo = v.InferOutput<typeof KeyInfo>;
export type SendFrame = FrameOf<'sms/send'>;
export type StateFrame = FrameOf<'sms/state'>;
export type SimsFrame = FrameOf<'phone/sims'>;
export type PhoneSim = v.InferOutput<typeof PhoneSim>;
export type ErrorFrame = FrameOf<'error'>;
export type SyncPullFrame = FrameOf<'sync/pull'>;
export type SyncBatchFrame = FrameOf<'sync/batch'>;
export const FRAME_TYPES: readonly FrameType[] = Frame.options.map((o) => o.entries.type.literal);
