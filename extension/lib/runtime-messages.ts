import { browser } from 'wxt/browser';

/**
 * Messages between popup, background and the link's document, defined once: each kind, what it
 * carries, and how to recognise the answer its listener gives. Every `runtime.sendMessage` reaches
 * every listener, so each listener checks it is one of ours and of a kind it handles.
 */
const KINDS = {
  /** From the popup: make sure the link's document is running (the background answers `true`). */
  'ensure-link': kind<NoFields, true>((answer): answer is true => answer === true),
  /**
   * From the popup: the link's document unpairs, and answers whether it did; with `removeTexts`, it
   * also removes the phone's texts from this computer (absent: they stay).
   */
  unpair: kind<{ removeTexts?: boolean }, UnpairAnswer>(isUnpairAnswer),
  /** From the popup: the person's answer to "do the six digits match?". */
  sas: kind<{ matches: boolean }>(),
  /** From the link: texts arrived unread (the background shows a notification and the badge). */
  incoming: kind<{ count: number; address: string; body: string }>(),
  /** From the popup: the person read a thread, so the badge changes. */
  'unread-changed': kind(),
  /** From the options page: the signaling server setting changed; the endpoint moves (answers `true`). */
  'server-changed': kind<NoFields, true>((answer): answer is true => answer === true),
};

type NoFields = Record<never, never>;

/** One kind of message: its fields and its answer exist for the types only; the guard is real. */
interface Kind<Fields, Answer> {
  recognise(answer: unknown): answer is Answer;
  readonly fields?: Fields;
}

/** `Answer` never: no listener answers this kind. */
function kind<Fields extends object = NoFields, Answer = never>(
  recognise: (answer: unknown) => answer is Answer = (_answer): _answer is Answer => false,
): Kind<Fields, Answer> {
  return { recognise };
}

type Kinds = typeof KINDS;
export type RuntimeMessageKind = keyof Kinds;
type FieldsOf<K extends RuntimeMessageKind> = NonNullable<Kinds[K]['fields']>;
/** What a listener of this kind answers: `never` when none answers. */
export type RuntimeAnswer<K extends RuntimeMessageKind> = Kinds[K]['recognise'] extends (
  answer: unknown,
) => answer is infer A
  ? A
  : never;

/** One message of kind K; without K, any of them. */
export type RuntimeMessage<K extends RuntimeMessageKind = RuntimeMessageKind> = K extends RuntimeMessageKind
  ? { peertext: K } & FieldsOf<K>
  : never;

/**
 * The link's answer to `unpair`. A popup that gets no answer at all (Chrome: only the background
 * heard it, the offscreen document is not running) has not unpaired either.
 */
export type UnpairAnswer = { ok: true } | { ok: false; error: string };

export function isUnpairAnswer(value: unknown): value is UnpairAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const answer = value as { ok?: unknown; error?: unknown };
  return answer.ok === true || (answer.ok === false && typeof answer.error === 'string');
}

export function isRuntimeMessage(value: unknown): value is RuntimeMessage {
  if (typeof value !== 'object' || value === null) return false;
  const kind = (value as { peertext?: unknown }).peertext;
  return typeof kind === 'string' && Object.hasOwn(KINDS, kind);
}

/**
 * Sends one of our messages to every other extension document. Resolves to the answer, or to
 * undefined when nobody answered as this kind's listener does (an unexpected answer is logged).
 * Rejects when no document received it (Chrome: "Receiving end does not exist").
 */
export async function sendRuntimeMessage<K extends RuntimeMessageKind>(
  message: { peertext: K } & FieldsOf<K>,
): Promise<RuntimeAnswer<K> | undefined> {
  const answer: unknown = await browser.runtime.sendMessage(message);
  const recognise = KINDS[message.peertext].recognise as (answer: unknown) => answer is RuntimeAnswer<K>;
  if (recognise(answer)) return answer;
  if (answer !== undefined) console.error(`PeerText: unexpected answer to ${message.peertext}`, answer);
  return undefined;
}

/** What a document does with the kinds it handles: an answer (or its promise) where the kind has one. */
export type RuntimeHandlers = {
  [K in RuntimeMessageKind]?: (
    message: RuntimeMessage<K>,
  ) => [RuntimeAnswer<K>] extends [never] ? void : RuntimeAnswer<K> | Promise<RuntimeAnswer<K>>;
};

/** Who sent a runtime message, as the browser says (runtime.MessageSender). */
export interface Sender {
  id?: string;
  url?: string;
}

/**
 * Only this extension's own pages (popup, options, offscreen document, background) may ask for an
 * unpair, a SAS answer or a server change: not another extension, not a web page or content script.
 */
export function fromOwnPage(sender: Sender | undefined): boolean {
  const base = browser.runtime.getURL('/');
  return sender?.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(base);
}

/**
 * A `runtime.onMessage` listener for the kinds in `handlers`, from this extension's own pages only;
 * anything else is left to other listeners (undefined). The polyfill sends a listener's promise
 * back as the reply.
 */
export function runtimeMessageListener(handlers: RuntimeHandlers) {
  return (message: unknown, sender?: Sender): unknown => {
    if (!isRuntimeMessage(message) || !fromOwnPage(sender)) return undefined;
    const handle = handlers[message.peertext] as ((message: RuntimeMessage) => unknown) | undefined;
    return handle?.(message) ?? undefined;
  };
}
