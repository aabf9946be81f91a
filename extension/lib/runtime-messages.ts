/**
 * Messages between popup, background and the link's document. Every `runtime.sendMessage`
 * reaches every listener, so each listener checks it is one of ours and of a kind it handles.
 */
export type RuntimeMessage =
  | { peertext: 'ensure-link' }
  | { peertext: 'unpair' }
  | { peertext: 'sas'; matches: boolean };

export function isRuntimeMessage(value: unknown): value is RuntimeMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    ['ensure-link', 'unpair', 'sas'].includes((value as { peertext?: unknown }).peertext as string)
  );
}
