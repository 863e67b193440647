import { CsvError, type Info, parse } from 'csv-parse/sync';
import { z } from 'zod';

// A provider's list of attendees of a validated activity (R-REG-EVID-1), as a spreadsheet exports it. Each
// row names one teacher by e-mail address or register number. Accepted:
// - UTF-8 with or without a byte order mark, or Windows-1252 (what Dutch Excel's plain "CSV" writes);
// - `;` (Dutch Excel) or `,` as separator, whichever the first line has more of;
// - a header row naming the columns (`e-mail`, `e-mailadres`, `registernummer`, `register number`, …;
//   other columns such as a name are ignored), or no header and one column, where a value with an `@` is an
//   e-mail address and anything else a register number;
// - empty lines and rows of empty cells, which are skipped.
// Parsing checks each row on its own and reports every problem with its line (the line a row ends on), so
// a provider can fix the whole file at once; the good rows come back beside the errors, so the caller can
// check those further (do these people exist?) and decide whether anyone is imported.

/** Beyond this a list is refused whole: a larger one is no single activity's attendance. */
export const MAX_ATTENDANCE_ROWS = 5000;
const MAX_VALUE_LENGTH = 320;

export interface AttendanceRow {
  line: number;
  email: string | null;
  registerNumber: string | null;
}

export type AttendanceCsvProblem =
  /** the file could not be read as CSV (e.g. an unclosed quote) */
  | 'unreadable'
  /** no rows at all */
  | 'empty'
  | 'too-many-rows'
  /** several columns but no header row naming them */
  | 'no-header'
  /** a row with neither an e-mail address nor a register number */
  | 'no-identifier'
  | 'invalid-email'
  | 'value-too-long'
  /** the same e-mail address or register number on an earlier line */
  | 'duplicate';

export interface AttendanceCsvError {
  line: number;
  problem: AttendanceCsvProblem;
  /** the value concerned, when there is one */
  value?: string;
  /** for a duplicate: the line it first occurs on */
  firstLine?: number;
}

export interface AttendanceCsv {
  /** the rows without problems */
  rows: AttendanceRow[];
  errors: AttendanceCsvError[];
}

type Column = 'email' | 'registerNumber';

/** Header names, compared in lower case without spaces, hyphens, underscores or dots. */
const headerNames: Record<string, Column> = {
  email: 'email',
  emailadres: 'email',
  emailaddress: 'email',
  mail: 'email',
  mailadres: 'email',
  registernummer: 'registerNumber',
  registernumber: 'registerNumber',
  registernr: 'registerNumber',
  lerarenregisternummer: 'registerNumber',
};

const normalizeHeader = (cell: string) => cell.toLowerCase().replace(/[\s\-_.]/g, '');
const Email = z.email();

/** UTF-8 when the bytes are valid UTF-8, else Windows-1252: Excel's "CSV" without "UTF-8" writes that. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function separatorOf(text: string): ';' | ',' {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(',') > count(';') ? ',' : ';';
}

function readRecords(text: string): { cells: string[]; line: number }[] | AttendanceCsvError {
  try {
    // csv-parse's types do not model `info: true`, which wraps each record with where it was read.
    const records = parse(text, {
      delimiter: separatorOf(text.replace(/^\uFEFF/, '')),
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
    }) as unknown as { record: string[]; info: Info }[];
    return records.map(({ record, info }) => ({ cells: record, line: info.lines }));
  } catch (error) {
    if (error instanceof CsvError) return { line: Number(error.lines) || 1, problem: 'unreadable' };
    throw error;
  }
}

/** Which column holds what, from a header row; null when the row is no header. */
function columnsOf(header: string[]): Map<number, Column> | null {
  const columns = new Map<number, Column>();
  header.forEach((cell, index) => {
    const column = headerNames[normalizeHeader(cell)];
    if (column && ![...columns.values()].includes(column)) columns.set(index, column);
  });
  return columns.size > 0 ? columns : null;
}

export function parseAttendanceCsv(input: Uint8Array | string): AttendanceCsv {
  const text = typeof input === 'string' ? input : decodeCsv(input);
  const records = readRecords(text);
  if (!Array.isArray(records)) return { rows: [], errors: [records] };
  const [first] = records;
  if (!first) return { rows: [], errors: [{ line: 1, problem: 'empty' }] };

  const columns = columnsOf(first.cells);
  const body = columns ? records.slice(1) : records;
  if (body.length === 0) return { rows: [], errors: [{ line: first.line, problem: 'empty' }] };
  if (body.length > MAX_ATTENDANCE_ROWS) {
    return {
      rows: [],
      errors: [{ line: (body[MAX_ATTENDANCE_ROWS] as { line: number }).line, problem: 'too-many-rows' }],
    };
  }

  const errors: AttendanceCsvError[] = [];
  const rows: AttendanceRow[] = [];
  const firstSeen = new Map<string, number>();
  for (const { cells, line } of body) {
    const row: AttendanceRow = { line, email: null, registerNumber: null };
    if (columns) {
      for (const [index, column] of columns) row[column] = cells[index] || null;
    } else {
      const filled = cells.filter((c) => c !== '');
      if (filled.length > 1) {
        errors.push({ line, problem: 'no-header' });
        continue;
      }
      const value = filled[0] as string;
      if (value.includes('@')) row.email = value;
      else row.registerNumber = value;
    }
    const rowErrors = checkRow(row, firstSeen);
    if (rowErrors.length > 0) errors.push(...rowErrors);
    else rows.push(row);
  }
  return { rows, errors };
}

function checkRow(row: AttendanceRow, firstSeen: Map<string, number>): AttendanceCsvError[] {
  const { line } = row;
  if (!row.email && !row.registerNumber) return [{ line, problem: 'no-identifier' }];
  const errors: AttendanceCsvError[] = [];
  for (const value of [row.email, row.registerNumber]) {
    if (value && value.length > MAX_VALUE_LENGTH) errors.push({ line, problem: 'value-too-long', value });
  }
  if (row.email && !Email.safeParse(row.email).success) {
    errors.push({ line, problem: 'invalid-email', value: row.email });
  }
  if (errors.length > 0) return errors;
  // E-mail addresses are compared without case, as identity stores them; register numbers as written.
  const keys = [row.email && `e:${row.email.toLowerCase()}`, row.registerNumber && `r:${row.registerNumber}`];
  for (const key of keys) {
    if (!key) continue;
    const earlier = firstSeen.get(key);
    if (earlier !== undefined) {
      errors.push({ line, problem: 'duplicate', value: key.slice(2), firstLine: earlier });
    } else firstSeen.set(key, line);
  }
  return errors;
}
