/**
 * Messages between popup, background and the link's document. Every `runtime.sendMessage`
 * reaches every listener, so each listener checks it is one of ours and of a kind it handles.
 */
export type RuntimeMessage = { peertext: 'ensure-link' };

export function isRuntimeMessage(value: unknown): value is RuntimeMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { peertext?: unknown }).peertext === 'ensure-link'
  );
}
