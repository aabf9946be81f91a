import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvAddress, csvField, csvHeader, csvLine, defuse } from './export-csv';

const row = {
  id: 'rx:1',
  address: '+447911123456',
  direction: 'in' as const,
  date: Date.UTC(2026, 11, 7, 9, 30),
};

describe('CSV export', () => {
  it('quotes fields with a comma, quote, CR or LF, doubling the quotes, and leaves others bare', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('one, two')).toBe('"one, two"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField('')).toBe('');
  });

  it('writes emoji and right-to-left text as they are, and starts with a byte-order mark', () => {
    expect(csvLine({ ...row, body: 'See you 👋🏽' })).toBe(
      '2026-12-07T09:30:00.000Z,+447911123456,,in,See you 👋🏽,\r\n',
    );
    expect(csvLine({ ...row, body: 'مرحبا، كيف حالك؟' })).toContain(',مرحبا، كيف حالك؟,');
    expect(csvHeader()).toBe(`${CSV_BOM}date,address,name,direction,body,state\r\n`);
  });

  it('ends each line CRLF, with a body of several lines quoted whole', () => {
    const line = csvLine({
      ...row,
      direction: 'out',
      body: 'Hi, you\r\nthere',
      state: 'delivered',
      name: 'Al',
    });
    expect(line).toBe('2026-12-07T09:30:00.000Z,+447911123456,Al,out,"Hi, you\r\nthere",delivered\r\n');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(defuse(`${start}HYPERLINK("x")`)).toBe(`'${start}HYPERLINK("x")`);
    expect(defuse('Hello =1+1')).toBe('Hello =1+1');
    expect(csvLine({ ...row, body: '=cmd|"/c calc"!A1', name: '@Bob' })).toBe(
      `2026-12-07T09:30:00.000Z,+447911123456,'@Bob,in,"'=cmd|""/c calc""!A1",\r\n`,
    );
  });

  it('keeps an E.164 number intact, and defuses an alphanumeric sender that looks like a formula', () => {
    expect(csvAddress('+447911123456')).toBe('+447911123456');
    expect(csvAddress('12345')).toBe('12345');
    expect(csvAddress('BANK')).toBe('BANK');
    expect(csvAddress('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvAddress('+1+1')).toBe("'+1+1");
    expect(csvAddress('-2')).toBe("'-2");
  });
});
