import * as v from 'valibot';
import { type BridgeErrorCode, BridgeRequest } from './bridge-contract';

const TYPES = new Set(BridgeRequest.options.map((o) => o.entries.type.literal));

export type BridgeRequestParse =
  | { ok: true; request: BridgeRequest }
  | { ok: false; code: BridgeErrorCode; message: string; id?: string };

/** The validation the native side does on every request, written once for the double and the tests. */
export function parseBridgeRequest(raw: string): BridgeRequestParse {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, code: 'bad-request', message: 'Request is not valid JSON.' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, code: 'bad-request', message: 'Request must be a JSON object.' };
  }
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' ? record.id : undefined;
  const idPart = id === undefined ? {} : { id };
  if (id === undefined) return { ok: false, code: 'bad-request', message: 'Request has no id.' };
  if (typeof record.type !== 'string' || !TYPES.has(record.type as BridgeRequest['type'])) {
    return {
      ok: false,
      code: 'unknown-type',
      message: `Unknown request type ${String(record.type)}.`,
      ...idPart,
    };
  }
  const result = v.safeParse(BridgeRequest, value);
  if (!result.success) {
    return { ok: false, code: 'bad-request', message: result.issues[0].message, ...idPart };
  }
  return { ok: true, request: result.output };
}
