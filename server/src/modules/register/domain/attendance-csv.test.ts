import { describe, expect, it } from 'vitest';
import { decodeCsv, MAX_ATTENDANCE_ROWS, parseAttendanceCsv } from './attendance-csv.js';

const rowsOf = (input: string | Uint8Array) => {
  const result = parseAttendanceCsv(input);
  if (result.errors.length > 0) throw new Error(JSON.stringify(result.errors));
  return result.rows;
};
const errorsOf = (input: string | Uint8Array) => {
  const result = parseAttendanceCsv(input);
  if (result.errors.length === 0) throw new Error('expected errors');
  return result.errors;
};

describe("reading a provider's attendance list (R-REG-EVID-1)", () => {
  it('reads a semicolon file from Dutch Excel: BOM, CRLF, a header with a name column ignored', () => {
    const csv =
      '\uFEFFNaam;E-mailadres;Registernummer\r\nJan Jansen;jan@school.nl;\r\nPiet Pietersen;;123456\r\n';
    expect(rowsOf(csv)).toEqual([
      { line: 2, email: 'jan@school.nl', registerNumber: null },
      { line: 3, email: null, registerNumber: '123456' },
    ]);
  });

  it('reads a comma file, headers in English and any case, cells trimmed', () => {
    const csv = 'Name,EMAIL,Register number\n"Jansen, Jan", jan@school.nl ,\n';
    expect(rowsOf(csv)).toEqual([{ line: 2, email: 'jan@school.nl', registerNumber: null }]);
  });

  it('keeps a comma inside a name in a semicolon file', () => {
    const csv = 'naam;email\nJansen, Jan;jan@school.nl\n';
    expect(rowsOf(csv)).toEqual([{ line: 2, email: 'jan@school.nl', registerNumber: null }]);
  });

  it('reads one column without a header: an @ makes an e-mail address, anything else a register number', () => {
    expect(rowsOf('jan@school.nl\n0012345\n')).toEqual([
      { line: 1, email: 'jan@school.nl', registerNumber: null },
      { line: 2, email: null, registerNumber: '0012345' },
    ]);
  });

  it('skips empty lines and rows of empty cells, counting them in line numbers', () => {
    const csv = 'email;naam\r\n\r\n;;\r\njan@school.nl;Jan\r\n';
    expect(rowsOf(csv)).toEqual([{ line: 4, email: 'jan@school.nl', registerNumber: null }]);
  });

  it('reads Windows-1252 bytes (plain "CSV" from Excel) as well as UTF-8', () => {
    const header = Buffer.from('Naam;E-mail\r\n', 'latin1');
    const row = Buffer.from([...Buffer.from('Zo', 'latin1'), 0xeb, ...Buffer.from(';zoe@school.nl\r\n')]);
    const bytes = Buffer.concat([header, row]);
    expect(decodeCsv(bytes)).toBe('Naam;E-mail\r\nZoë;zoe@school.nl\r\n');
    expect(rowsOf(bytes)).toEqual([{ line: 2, email: 'zoe@school.nl', registerNumber: null }]);
    expect(decodeCsv(Buffer.from('\uFEFFZoë', 'utf8'))).toBe('Zoë'); // the decoder drops the BOM
  });

  it('reports every bad row with its line, and returns the good rows beside them', () => {
    const csv = [
      'e-mail;registernummer;naam',
      'jan@school.nl;;Jan',
      ';;Niemand', // a name only
      'geen-adres;;Fout',
      'JAN@school.nl;;Jan weer', // same address, other case
      ';123;A',
      ';123;B',
    ].join('\n');
    expect(errorsOf(csv)).toEqual([
      { line: 3, problem: 'no-identifier' },
      { line: 4, problem: 'invalid-email', value: 'geen-adres' },
      { line: 5, problem: 'duplicate', value: 'jan@school.nl', firstLine: 2 },
      { line: 7, problem: 'duplicate', value: '123', firstLine: 6 },
    ]);
    expect(parseAttendanceCsv(csv).rows).toEqual([
      { line: 2, email: 'jan@school.nl', registerNumber: null },
      { line: 6, email: null, registerNumber: '123' },
    ]);
  });

  it('refuses several columns without a header naming them', () => {
    expect(errorsOf('Jan;jan@school.nl\nPiet;piet@school.nl\n')).toEqual([
      { line: 1, problem: 'no-header' },
      { line: 2, problem: 'no-header' },
    ]);
  });

  it('refuses an empty file, and a header without rows', () => {
    expect(errorsOf('')).toEqual([{ line: 1, problem: 'empty' }]);
    expect(errorsOf('\uFEFF\r\n;;\r\n')).toEqual([{ line: 1, problem: 'empty' }]);
    expect(errorsOf('e-mail;naam\r\n')).toEqual([{ line: 1, problem: 'empty' }]);
  });

  it('refuses a file CSV cannot read, naming the line', () => {
    expect(errorsOf('email\njan@school.nl\n"piet@school.nl\n')).toEqual([{ line: 3, problem: 'unreadable' }]);
  });

  it(`takes at most ${MAX_ATTENDANCE_ROWS} rows`, () => {
    const rows = (n: number) =>
      ['email', ...Array.from({ length: n }, (_, i) => `t${i}@school.nl`)].join('\n');
    expect(rowsOf(rows(MAX_ATTENDANCE_ROWS))).toHaveLength(MAX_ATTENDANCE_ROWS);
    expect(errorsOf(rows(MAX_ATTENDANCE_ROWS + 1))).toEqual([
      { line: MAX_ATTENDANCE_ROWS + 2, problem: 'too-many-rows' },
    ]);
  });

  it('refuses a value longer than any address', () => {
    const long = `${'a'.repeat(320)}@school.nl`;
    expect(errorsOf(`email\n${long}\n`)).toEqual([{ line: 2, problem: 'value-too-long', value: long }]);
  });
});
