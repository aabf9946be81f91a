/**
 * Messages between popup, background and the link's document. Every `runtime.sendMessage`
 * reaches every listener, so each listener checks it is one of ours and of a kind it handles.
 */
export type RuntimeMessage =
  | { peertext: 'ensure-link' }
  | { peertext: 'unpair' }
  | { peertext: 'sas'; matches: boolean }
  /** From the link: texts arrived unread (the background shows a notification and the badge). */
  | { peertext: 'incoming'; count: number; address: string; body: string }
  /** From the popup: the person read a thread, so the badge changes. */
  | { peertext: 'unread-changed' };

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
  return (
    typeof value === 'object' &&
    value !== null &&
    ['ensure-link', 'unpair', 'sas', 'incoming', 'unread-changed'].includes(
      (value as { peertext?: unknown }).peertext as string,
    )
  );
}
