/** PeerJS `json` serialization refuses 16,300 bytes or more; stay clear of it. */
export const MAX_FRAME_CHARS = 16_000;
/** Android splits long texts; past this a "text" is really a document. */
export const MAX_BODY_CHARS = 10_000;
