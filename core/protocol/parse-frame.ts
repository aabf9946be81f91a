import * as v from 'valibot';
import { type ErrorCode, FRAME_TYPES, Frame, MAX_FRAME_CHARS, PROTOCOL_VERSION } from './frames';

export type ParseResult =
  | { ok: true; frame: Frame }
  | { ok: false; code: ErrorCode; message: string; ref?: string };

/**
 * Validates one received frame. Accepts the parsed object PeerJS hands over or a raw string.
 * A refusal carries the error code and the offending frame id (when it had one) for the `error` reply.
 */
export function parseFrame(data: unknown): ParseResult {
  let value = data;
  // Only text or a plain object (what 'json' serialization hands over) is looked at: an ArrayBuffer,
  // Blob or array is refused before it is measured, so nothing a stranger sends is walked first.
  if (typeof data !== 'string' && !isPlainObject(data)) {
    return { ok: false, code: 'bad-frame', message: 'Frame must be a JSON object.' };
  }
  const size = typeof data === 'string' ? data.length : safeLength(data);
  if (size === undefined) return { ok: false, code: 'bad-frame', message: 'Frame is not JSON-serialisable.' };
  if (size > MAX_FRAME_CHARS) {
    return {
      ok: false,
      code: 'too-large',
      message: `Frame of ${size} characters exceeds ${MAX_FRAME_CHARS}.`,
    };
  }
  if (typeof data === 'string') {
    try {
      value = JSON.parse(data);
    } catch {
      return { ok: false, code: 'bad-frame', message: 'Frame is not valid JSON.' };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, code: 'bad-frame', message: 'Frame must be a JSON object.' };
  }
  const record = value as Record<string, unknown>;
  const ref = typeof record.id === 'string' && record.id.length <= 64 ? record.id : undefined;
  const refPart = ref === undefined ? {} : { ref };
  if (record.v !== PROTOCOL_VERSION) {
    return {
      ok: false,
      code: 'unsupported-version',
      message: `Protocol version ${String(record.v)} is not supported (this side speaks ${PROTOCOL_VERSION}).`,
      ...refPart,
    };
  }
  if (typeof record.type !== 'string' || !FRAME_TYPES.includes(record.type as Frame['type'])) {
    return {
      ok: false,
      code: 'unknown-type',
      message: `Unknown frame type ${String(record.type)}.`,
      ...refPart,
    };
  }
  const result = v.safeParse(Frame, value);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return {
      ok: false,
      code: 'bad-frame',
      message: `Invalid ${record.type} frame: ${path} ${issue.message}`.trim(),
      ...refPart,
    };
  }
  return { ok: true, frame: result.output };
}

function isPlainObject(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const proto = Object.getPrototypeOf(data);
  return proto === Object.prototype || proto === null;
}

function safeLength(data: unknown): number | undefined {
  try {
    return JSON.stringify(data)?.length;
  } catch {
    return undefined;
  }
}
