import * as v from 'valibot';

/**
 * The PWA ↔ Android bridge (docs/bridge-contract.md). The wrapper posts this string with a
 * MessagePort to the PWA's origin only; every message on that port is a JSON string.
 */
export const BRIDGE_HANDSHAKE = 'peertext-bridge:v1';
export const BRIDGE_VERSION = 1;

const RequestId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const SmsId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));
const Address = v.pipe(v.string(), v.minLength(1), v.maxLength(40));
/** The native queue's number for one inbound event; the page sends it back once it stored the event. */
const QueueId = v.pipe(v.number(), v.integer(), v.minValue(1));

export const SendPayload = v.object({
  id: SmsId,
  to: Address,
  body: v.pipe(v.string(), v.minLength(1), v.maxLength(10_000)),
  simId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
export const ReadInboxPayload = v.object({
  afterId: v.pipe(v.number(), v.integer(), v.minValue(0)),
  limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000)),
});
/** Only ids: enough to learn which texts were deleted from the phone, cheap even for 100k texts. */
export const ListInboxIdsPayload = v.object({
  afterId: v.pipe(v.number(), v.integer(), v.minValue(0)),
  limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5000)),
});
export const LookupContactsPayload = v.object({
  numbers: v.pipe(v.array(Address), v.maxLength(200)),
});

/** So the wrapper's notification can name the computers that are connected right now. */
export const ReportConnectionsPayload = v.object({
  computers: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(64))), v.maxLength(20)),
});

/**
 * The page has stored these queued events durably: only now may the native side forget them.
 * Until then it keeps them and delivers them again to the next page (docs/bridge-contract.md).
 */
export const AckInboundPayload = v.object({
  queueIds: v.pipe(v.array(QueueId), v.minLength(1), v.maxLength(1000)),
});

export const BridgeRequest = v.variant('type', [
  v.object({ id: RequestId, type: v.literal('capabilities'), payload: v.optional(v.object({})) }),
  v.object({ id: RequestId, type: v.literal('listSims'), payload: v.optional(v.object({})) }),
  v.object({ id: RequestId, type: v.literal('send'), payload: SendPayload }),
  v.object({ id: RequestId, type: v.literal('readInbox'), payload: ReadInboxPayload }),
  v.object({ id: RequestId, type: v.literal('listInboxIds'), payload: ListInboxIdsPayload }),
  v.object({ id: RequestId, type: v.literal('lookupContacts'), payload: LookupContactsPayload }),
  v.object({ id: RequestId, type: v.literal('reportConnections'), payload: ReportConnectionsPayload }),
  v.object({ id: RequestId, type: v.literal('ackInbound'), payload: AckInboundPayload }),
]);

/**
 * The SMS permissions (send, read, receive) as a whole. `restricted`: Android refused them without
 * asking, as it does for a sideloaded app until the person allows restricted settings in App info.
 */
export const SMS_PERMISSION_STATES = ['granted', 'missing', 'restricted'] as const;
export const Capabilities = v.object({
  bridgeVersion: v.literal(BRIDGE_VERSION),
  platform: v.string(),
  canSend: v.boolean(),
  canReadInbox: v.boolean(),
  canReceive: v.boolean(),
  canReadContacts: v.boolean(),
  /** Absent from wrappers that predate it. */
  smsPermissions: v.optional(v.picklist(SMS_PERMISSION_STATES)),
});
export const Sim = v.object({
  id: v.pipe(v.number(), v.integer()),
  slot: v.pipe(v.number(), v.integer()),
  carrier: v.string(),
  number: v.optional(v.string()),
  /**
   * The phone's default SIM for SMS (SubscriptionManager's default SMS subscription): true on at most
   * one. Absent from wrappers that predate it, and then nobody knows which is the default.
   */
  default: v.optional(v.boolean()),
});
/** `dispatched`: handed to the radio, no result yet. A repeated id is answered with `duplicate: true`. */
export const SendResult = v.object({
  id: SmsId,
  state: v.picklist(['dispatched', 'sent', 'delivered', 'failed']),
  parts: v.pipe(v.number(), v.integer(), v.minValue(1)),
  duplicate: v.boolean(),
  reason: v.optional(v.string()),
});
export const InboxMessage = v.object({
  id: v.pipe(v.number(), v.integer()),
  box: v.picklist(['inbox', 'sent']),
  address: v.string(),
  body: v.string(),
  date: v.number(),
  read: v.boolean(),
  simId: v.optional(v.number()),
});
export const ReadInboxResult = v.object({
  messages: v.array(InboxMessage),
  nextAfterId: v.number(),
  done: v.boolean(),
});
export const ListInboxIdsResult = v.object({
  ids: v.array(v.pipe(v.number(), v.integer())),
  nextAfterId: v.number(),
  done: v.boolean(),
});
export const Contact = v.object({ number: v.string(), name: v.string() });
/** `unknown`: ids the queue does not hold (acknowledged before, or never queued); they change nothing. */
export const AckInboundResult = v.object({
  removed: v.array(v.pipe(v.number(), v.integer())),
  unknown: v.array(v.pipe(v.number(), v.integer())),
});

export const BRIDGE_ERROR_CODES = [
  'bad-request',
  'unknown-type',
  'permission-denied',
  'no-sim',
  'internal',
] as const;
export const BridgeResponse = v.union([
  v.object({ id: RequestId, type: v.literal('result'), success: v.literal(true), result: v.unknown() }),
  v.object({
    id: RequestId,
    type: v.literal('result'),
    success: v.literal(false),
    error: v.object({ code: v.picklist(BRIDGE_ERROR_CODES), message: v.string() }),
  }),
]);

export const SmsStatusEvent = v.object({
  type: v.literal('event'),
  event: v.literal('sms-status'),
  data: v.object({
    id: SmsId,
    part: v.pipe(v.number(), v.integer(), v.minValue(0)),
    parts: v.pipe(v.number(), v.integer(), v.minValue(1)),
    state: v.picklist(['sent', 'delivered', 'failed']),
    resultCode: v.optional(v.number()),
    reason: v.optional(v.string()),
  }),
});
export const SmsReceivedEvent = v.object({
  type: v.literal('event'),
  event: v.literal('sms-received'),
  /**
   * Set on every event the wrapper queues (all of its sms-received); a wrapper from before
   * `ackInbound` sends none, and then there is nothing to acknowledge.
   */
  queueId: v.optional(QueueId),
  data: v.object({
    id: v.string(),
    from: Address,
    body: v.string(),
    date: v.number(),
    simId: v.optional(v.number()),
  }),
});
/** The phone's SMS store changed (a text written, sent from another app, or deleted). */
export const InboxChangedEvent = v.object({
  type: v.literal('event'),
  event: v.literal('inbox-changed'),
  data: v.object({}),
});
export const BridgeEvent = v.variant('event', [SmsStatusEvent, SmsReceivedEvent, InboxChangedEvent]);
export const BridgeInbound = v.union([BridgeResponse, BridgeEvent]);

export type BridgeRequest = v.InferOutput<typeof BridgeRequest>;
export type BridgeRequestType = BridgeRequest['type'];
export type BridgeResponse = v.InferOutput<typeof BridgeResponse>;
export type BridgeEvent = v.InferOutput<typeof BridgeEvent>;
export type SmsStatus = v.InferOutput<typeof SmsStatusEvent>['data'];
export type SmsReceived = v.InferOutput<typeof SmsReceivedEvent>['data'];
export type Capabilities = v.InferOutput<typeof Capabilities>;
export type Sim = v.InferOutput<typeof Sim>;
export type SendResult = v.InferOutput<typeof SendResult>;
export type ReadInboxResult = v.InferOutput<typeof ReadInboxResult>;
export type ListInboxIdsResult = v.InferOutput<typeof ListInboxIdsResult>;
export type Contact = v.InferOutput<typeof Contact>;
export type AckInboundResult = v.InferOutput<typeof AckInboundResult>;
export type SmsReceivedEvent = v.InferOutput<typeof SmsReceivedEvent>;
export type BridgeErrorCode = (typeof BRIDGE_ERROR_CODES)[number];

/** What each request answers with, so a typed client can validate results. */
export const RESULT_SCHEMAS = {
  capabilities: Capabilities,
  listSims: v.object({ sims: v.array(Sim) }),
  send: SendResult,
  readInbox: ReadInboxResult,
  listInboxIds: ListInboxIdsResult,
  lookupContacts: v.object({ contacts: v.array(Contact) }),
  reportConnections: v.object({}),
  ackInbound: AckInboundResult,
} as const;
