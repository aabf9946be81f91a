import type { ExportRow } from './export-rows';

/** The columns of a CSV export, in order. */
export const CSV_COLUMNS = ['date', 'address', 'name', 'direction', 'body', 'state'] as const;

/** Excel reads a file without a byte-order mark as the machine's legacy code page: é and emoji break. */
export const CSV_BOM = '\uFEFF';

/** RFC 4180: a field with a comma, quote, CR or LF is quoted, and its quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * A spreadsheet runs a cell that starts with =, +, -, @, tab or CR as a formula (CSV injection):
 * a text's body is written by whoever sent it, so such a field gets a leading apostrophe, which
 * spreadsheets show as text and hide.
 */
export function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * An address in E.164 (`+447911123456`) is left as stored: a plus and digits run nothing, and the
 * person wants the number intact to copy or import. Only an address that is not a plain number (an
 * alphanumeric sender, which the sender chooses) is defused like the text columns.
 */
export function csvAddress(address: string): string {
  return /^\+?[0-9]{1,20}$/.test(address) ? address : defuse(address);
}

/** One CSV line, CRLF-ended. Text columns (name, body) are defused; date, direction and state are ours. */
export function csvLine(row: ExportRow): string {
  const fields = [
    new Date(row.date).toISOString(),
    csvAddress(row.address),
    defuse(row.name ?? ''),
    row.direction,
    defuse(row.body),
    row.state ?? '',
  ];
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** The header line, after the byte-order mark. */
export function csvHeader(): string {
  return `${CSV_BOM}${CSV_COLUMNS.join(',')}\r\n`;
}
