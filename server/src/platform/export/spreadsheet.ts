import ExcelJS from 'exceljs';

// A table of text (a header row, then one row per record) as a download: CSV for Dutch Excel (UTF-8 with a
// byte order mark, semicolons, CRLF) or an XLSX workbook (header row frozen, with an autofilter). Each
// module builds its own table in the reader's language; this writes it.

/**
 * A cell that starts with = + - @ (or a tab or carriage return) would be run as a formula by a spreadsheet
 * (CSV injection): names and titles are typed by people, so such a cell gets a leading apostrophe.
 */
function defuse(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function csvCell(cell: string): string {
  const safe = defuse(cell);
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function tableCsv(table: readonly (readonly string[])[]): Buffer {
  const lines = table.map((row) => row.map(csvCell).join(';'));
  // The byte order mark makes Excel read UTF-8 (ë, ö in Dutch names); CRLF as RFC 4180 says.
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function tableXlsx(table: readonly (readonly string[])[], sheetName: string): Promise<Buffer> {
  const header = table[0] ?? [];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Docentdossier';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  // Cells are written as text: a spreadsheet never evaluates a string cell, so nothing needs defusing.
  for (const row of table) sheet.addRow([...row]);
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(header.length, 1) } };
  sheet.columns.forEach((column, i) => {
    const widest = Math.max(...table.map((row) => (row[i] ?? '').length));
    column.width = Math.min(Math.max(widest + 2, 8), 60);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A name as a file-name part: `Bèta & Techniek` → `beta-techniek`; `export` when nothing is left. */
export function fileNamePart(name: string): string {
  const slug = name
    .normalize('NFKD')
    // NFKD splits è into e and a combining accent: drop the accent, keep the letter.
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return slug || 'export';
}
