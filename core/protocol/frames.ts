import * as v from 'valibot';
import { MESSAGE_STATES } from '../message/message-state';

/** The app-level protocol spoken over the data channel. Bump only with a migration path. */
export const PROTOCOL_VERSION = 1;
/** PeerJS `json` serialization refuses 16,300 bytes or more; stay clear of it. */
export const MAX_FRAME_CHARS = 16_000;
/** Android splits long texts; past this a "text" is really a document. */
export const MAX_BODY_CHARS = 10_000;

const FrameId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const base = { v: v.literal(PROTOCOL_VERSION), id: FrameId };

export const HelloFrame = v.object({
  ...base,
  type: v.literal('link/hello'),
  role: v.picklist(['computer', 'phone']),
  device: v.pipe(v.string(), v.maxLength(100)),
});
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
export const StateFrame = v.object({
  ...base,
  type: v.literal('sms/state'),
  msgId: FrameId,
  state: v.picklist(MESSAGE_STATES),
  reason: v.optional(v.pipe(v.string(), v.maxLength(500))),
  at: v.number(),
});
export const ERROR_CODES = [
  'bad-frame',
  'too-large',
  'unsupported-version',
  'unknown-type',
  'invalid-number',
  'not-paired',
] as const;
export const ErrorFrame = v.object({
  ...base,
  type: v.literal('error'),
  code: v.picklist(ERROR_CODES),
  message: v.pipe(v.string(), v.maxLength(500)),
  ref: v.optional(FrameId),
});

export const Frame = v.variant('type', [HelloFrame, PingFrame, PongFrame, SendFrame, StateFrame, ErrorFrame]);

export type Frame = v.InferOutput<typeof Frame>;
export type FrameType = Frame['type'];
export type FrameOf<T extends FrameType> = Extract<Frame, { type: T }>;
export type ErrorCode = (typeof ERROR_CODES)[number];
export type HelloFrame = FrameOf<'link/hello'>;
export type SendFrame = FrameOf<'sms/send'>;
export type StateFrame = FrameOf<'sms/state'>;
export type ErrorFrame = FrameOf<'error'>;
export const FRAME_TYPES: readonly FrameType[] = Frame.options.map((o) => o.entries.type.literal);
