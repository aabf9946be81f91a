import * as v from 'valibot';
import { MESSAGE_STATES } from '../message/message-state';
import { MAX_BODY_CHARS } from '../protocol/limits';

export const MAX_CONTACT_NAME = 100;

/**
 * One SMS as the phone's store has it, mirrored to every paired computer. `id` is the phone's: the
 * outbox's client id for texts a computer sent, `inbox:<n>` for imported history, `rx:<n>` for texts
 * received live. Two identical texts are two ids, so two messages.
 */
export const SyncedMessage = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  /** The thread key: E.164, or the short code or alphanumeric sender as it is. */
  address: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
  direction: v.picklist(['in', 'out']),
  body: v.pipe(v.string(), v.maxLength(MAX_BODY_CHARS)),
  date: v.number(),
  /** Incoming texts: already read on the phone (history); live texts arrive unread. */
  read: v.optional(v.boolean()),
  /** Outgoing texts only. */
  state: v.optional(v.picklist(MESSAGE_STATES)),
  reason: v.optional(v.pipe(v.string(), v.maxLength(500))),
  simId: v.optional(v.number()),
  /** Set when the body had to be cut to fit one data-channel frame (texts of thousands of characters). */
  truncated: v.optional(v.literal(true)),
});

/** One entry of the phone's change log; `seq` grows by one with every change and never repeats. */
export const Change = v.variant('op', [
  v.object({
    seq: v.pipe(v.number(), v.integer(), v.minValue(1)),
    op: v.literal('put'),
    message: SyncedMessage,
  }),
  v.object({
    seq: v.pipe(v.number(), v.integer(), v.minValue(1)),
    op: v.literal('delete'),
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(80)),
  }),
  /** The name the phone's contacts give a thread's address; `''` when it has none any more. */
  v.object({
    seq: v.pipe(v.number(), v.integer(), v.minValue(1)),
    op: v.literal('contact'),
    address: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
    name: v.pipe(v.string(), v.maxLength(MAX_CONTACT_NAME)),
  }),
]);

export type ContactChange = Extract<Change, { op: 'contact' }>;

export type SyncedMessage = v.InferOutput<typeof SyncedMessage>;
export type Change = v.InferOutput<typeof Change>;
