/** PeerJS `json` serialization refuses 16,300 bytes or more; stay clear of it. */
export const MAX_FRAME_CHARS = 16_000;
/** Android splits long texts; past this a "text" is really a document. */
export const MAX_BODY_CHARS = 10_000;
/**
 * A connection must finish its handshake this soon after its channel opens, or it is closed: without a
 * deadline, any frame (a repeated hello) kept a stranger's connection open for as long as it liked.
 * Signing and checking take well under a second; the phone gives up on its own dial at 10 s too.
 */
export const HANDSHAKE_WITHIN_MS = 10_000;
/**
 * Connections not yet authenticated that one app keeps at once (docs/security.md, "Resource caps"):
 * past it the oldest is closed, so a flood cannot hold every slot while the real peer waits.
 */
export const MAX_UNAUTHENTICATED = 4;
