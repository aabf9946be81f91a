import { csvHeader, csvLine } from './export-csv';
import { type ExportRow, exportConversations } from './export-rows';
import type { ExtensionDb } from './extension-db';

export type ExportFormat = 'csv' | 'json';

export interface ExportFile {
  name: string;
  blob: Blob;
}

const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

/**
 * `peertext-<address or "all">-<YYYY-MM-DD>.<format>`. An address may be an alphanumeric sender the
 * sender chose, so anything but letters, digits and + becomes `_`: no path, dot or reserved name
 * reaches the file system.
 */
export function exportFileName(address: string | undefined, format: ExportFormat, now: Date): string {
  const who = address === undefined ? 'all' : address.replace(/[^A-Za-z0-9+]/g, '_') || '_';
  return `peertext-${who}-${now.toISOString().slice(0, 10)}.${format}`;
}

/** One text in the JSON export: the date as ISO 8601 UTC, as in the CSV. */
export function jsonMessage(row: ExportRow): Record<string, string | boolean> {
  return {
    id: row.id,
    date: new Date(row.date).toISOString(),
    direction: row.direction,
    body: row.body,
    ...(row.state ? { state: row.state } : {}),
    ...(row.truncated ? { truncated: true } : {}),
  };
}

/**
 * The export's text in pieces, a page of texts per piece, never one string of every text.
 * JSON: `{ format: "peertext-export", version: 1, exportedAt, conversations: [{ address, name?,
 * messages }] }`, written by hand around JSON.stringify of each value so it can stream.
 */
export async function* exportChunks(
  db: ExtensionDb,
  format: ExportFormat,
  address: string | undefined,
  now: Date,
  pageSize?: number,
): AsyncGenerator<string> {
  const conversations = exportConversations(db, address, pageSize);
  if (format === 'csv') {
    yield csvHeader();
    for await (const conversation of conversations)
      for await (const page of conversation.pages) yield page.map(csvLine).join('');
    return;
  }
  yield `{"format":"peertext-export","version":1,"exportedAt":${JSON.stringify(now.toISOString())},"conversations":[`;
  let firstConversation = true;
  for await (const { address: each, name, pages } of conversations) {
    const head = JSON.stringify({ address: each, ...(name ? { name } : {}) }).slice(0, -1);
    yield `${firstConversation ? '' : ','}${head},"messages":[`;
    firstConversation = false;
    let firstPage = true;
    for await (const page of pages) {
      yield `${firstPage ? '' : ','}${page.map((row) => JSON.stringify(jsonMessage(row))).join(',')}`;
      firstPage = false;
    }
    yield ']}';
  }
  yield ']}';
}

/** The whole export as a file: a Blob made of the pieces, which the browser may keep out of the JS heap. */
export async function exportTexts(
  db: ExtensionDb,
  format: ExportFormat,
  address?: string,
  now = new Date(),
): Promise<ExportFile> {
  // Each piece becomes a Blob at once, so its string can go while the next page is read.
  const parts: Blob[] = [];
  for await (const chunk of exportChunks(db, format, address, now)) parts.push(new Blob([chunk]));
  return { name: exportFileName(address, format, now), blob: new Blob(parts, { type: MIME[format] }) };
}
