import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as mupdf from 'mupdf';
import type { RichText } from '../../../../contracts/rich-text.js';
import { A4 } from './html.js';
import type { EvidenceReference, Portfolio } from './portfolio.js';

// Real sample files for tests and the benchmark, made with MuPDF directly (not through this module's
// layout), and readers that look into a produced PDF.

const LOREM =
  'Studenten waarderen de werkcolleges met een 4,2 op 5. Ze noemen de casuïstiek en de uitleg van ' +
  'complexe begrippen als sterke punten; één verbeterpunt is de tijdsplanning van de groepsopdracht.';

/** PDF string bytes in WinAnsiEncoding (Latin-1 plus typographic quotes and dashes), escaped. */
function pdfString(text: string): number[] {
  const winAnsi: Record<string, number> = {
    '‘': 0x91,
    '’': 0x92,
    '“': 0x93,
    '”': 0x94,
    '–': 0x96,
    '—': 0x97,
  };
  const bytes = [0x28];
  for (const c of text) {
    const code = winAnsi[c] ?? c.charCodeAt(0);
    if (code > 0xff) throw new Error(`not in WinAnsiEncoding: ${c}`);
    if (code === 0x28 || code === 0x29 || code === 0x5c) bytes.push(0x5c);
    bytes.push(code);
  }
  bytes.push(0x29);
  return bytes;
}

/**
 * A PDF of `pages` A4 pages, each headed "<title> – <n>", with 30 lines of text and a coloured block:
 * Helvetica (not embedded, as office software often writes it), one content stream per page.
 */
export function samplePdf(title: string, pages: number): Uint8Array {
  const pdf = new mupdf.PDFDocument();
  const font = pdf.addObject({
    Type: pdf.newName('Font'),
    Subtype: pdf.newName('Type1'),
    BaseFont: pdf.newName('Helvetica'),
    Encoding: pdf.newName('WinAnsiEncoding'),
  });
  const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
  for (let p = 1; p <= pages; p++) {
    const ops: number[] = [
      ...ascii('BT /F1 16 Tf 60 760 Td '),
      ...pdfString(`${title} – ${p}`),
      ...ascii(' Tj\n'),
    ];
    ops.push(...ascii('/F1 10 Tf 0 -40 Td 14 TL\n'));
    for (let line = 0; line < 30; line++) {
      const start = (line * 7) % 40;
      ops.push(...pdfString(LOREM.slice(start, start + 90)), ...ascii(" '\n"));
    }
    ops.push(...ascii('ET 0.3 0.5 0.8 rg 60 160 200 120 re f\n'));
    const page = pdf.addPage([0, 0, A4.width, A4.height], 0, { Font: { F1: font } }, new Uint8Array(ops));
    pdf.insertPage(-1, page);
  }
  const bytes = pdf.saveToBuffer('compress').asUint8Array().slice();
  pdf.destroy();
  return bytes;
}

/** Light grey, with the left third of its stored pixels black, so a turn of the image can be seen. */
function samplePixmap(width: number, height: number): mupdf.Pixmap {
  const pixmap = new mupdf.Pixmap(mupdf.ColorSpace.DeviceRGB, [0, 0, width, height], false);
  pixmap.clear(230);
  const pixels = pixmap.getPixels();
  const stride = pixmap.getStride();
  for (let y = 0; y < height; y++) pixels.fill(0, y * stride, y * stride + Math.floor(width / 3) * 3);
  return pixmap;
}

export function samplePng(width: number, height: number): Uint8Array {
  return samplePixmap(width, height).asPNG();
}

/** A JPEG, with an EXIF orientation (a big-endian TIFF block with that one tag) when given. */
export function sampleJpeg(width: number, height: number, orientation?: number): Uint8Array {
  const jpeg = samplePixmap(width, height).asJPEG(85);
  if (orientation === undefined) return jpeg;
  // APP1, length 34: "Exif\0\0", TIFF header "MM", 42, IFD at 8; one entry: 0x0112 SHORT 1 = orientation
  const exif = [0xff, 0xe1, 0, 34, 0x45, 0x78, 0x69, 0x66, 0, 0, 0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1];
  exif.push(0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0);
  const out = new Uint8Array(jpeg.length + exif.length);
  out.set(jpeg.subarray(0, 2));
  out.set(exif, 2);
  out.set(jpeg.subarray(2), 2 + exif.length);
  return out;
}

/** The grey level (0–255) at (x, y) in points of a page rendered at 72 dpi. */
export function greyAt(bytes: Uint8Array, page: number, x: number, y: number): number {
  const doc = new mupdf.PDFDocument(bytes);
  try {
    const pixmap = doc.loadPage(page).toPixmap(mupdf.Matrix.identity, mupdf.ColorSpace.DeviceGray, false);
    const px = Math.round(x) - pixmap.getX();
    const py = Math.round(y) - pixmap.getY();
    return pixmap.getPixels()[py * pixmap.getStride() + px] ?? -1;
  } finally {
    doc.destroy();
  }
}

/** MuPDF's warnings and errors while `run` runs, e.g. that markup was not the XML it was declared to be. */
export function mupdfWarnings(run: () => void): string[] {
  const messages: string[] = [];
  const log = (message: string) => messages.push(message);
  mupdf.setLog({ warning: log, error: log });
  try {
    run();
  } finally {
    mupdf.setLog(null);
  }
  return messages;
}

/** How many text-showing operators (TJ, Tj) the content of a page (0-based) has. */
export function textRunCount(bytes: Uint8Array, page: number): number {
  const doc = new mupdf.PDFDocument(bytes);
  try {
    const contents = doc.findPage(page).get('Contents');
    const streams = contents.isArray()
      ? Array.from({ length: contents.length }, (_, i) => contents.get(i))
      : [contents];
    const operators = streams.map((stream) => stream.readStream().asString()).join('\n');
    return operators.match(/\bT[Jj]\b/g)?.length ?? 0;
  } finally {
    doc.destroy();
  }
}

/** The text of every page. */
export function pageTexts(bytes: Uint8Array): string[] {
  const doc = new mupdf.PDFDocument(bytes);
  try {
    return Array.from({ length: doc.countPages() }, (_, i) => {
      const page = doc.loadPage(i);
      const text = page.toStructuredText('preserve-whitespace').asText();
      page.destroy();
      return text;
    });
  } finally {
    doc.destroy();
  }
}

export interface OutlineNode {
  title: string;
  /** 1-based */
  page: number;
  children: OutlineNode[];
}

export function outlineOf(bytes: Uint8Array): OutlineNode[] {
  const doc = new mupdf.PDFDocument(bytes);
  type Item = { title?: string; page?: number; down?: Item[] };
  const walk = (items: Item[]): OutlineNode[] =>
    items.map((i) => ({ title: i.title ?? '', page: (i.page ?? -1) + 1, children: walk(i.down ?? []) }));
  try {
    return walk(doc.loadOutline() ?? []);
  } finally {
    doc.destroy();
  }
}

/** Width and height of every page in points. */
export function pageSizes(bytes: Uint8Array): [number, number][] {
  const doc = new mupdf.PDFDocument(bytes);
  try {
    return Array.from({ length: doc.countPages() }, (_, i) => {
      const [x0, y0, x1, y1] = doc.loadPage(i).getBounds();
      return [Math.round(x1 - x0), Math.round(y1 - y0)];
    });
  } finally {
    doc.destroy();
  }
}

export function metadataOf(bytes: Uint8Array): { title?: string; author?: string; language: string | null } {
  const doc = new mupdf.PDFDocument(bytes);
  try {
    return {
      title: doc.getMetaData(mupdf.Document.META_INFO_TITLE),
      author: doc.getMetaData(mupdf.Document.META_INFO_AUTHOR),
      language: doc.getLanguage(),
    };
  } finally {
    doc.destroy();
  }
}

/** `qpdf --check` on the bytes: its exit status (0 = no errors or warnings) and what it printed. */
export function qpdfCheck(bytes: Uint8Array): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dd-qpdf-'));
  try {
    const file = join(dir, 'checked.pdf');
    writeFileSync(file, bytes);
    const result = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
    if (result.error) throw result.error;
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const long = (paragraphs: number): RichText => ({
  type: 'doc',
  content: Array.from({ length: paragraphs }, (_, i) => ({
    type: 'paragraph',
    content: [
      { type: 'text', text: `Alinea ${i + 1}. ${'Ik leerde van de feedback van studenten. '.repeat(12)}` },
    ],
  })),
});

/**
 * A BKO portfolio of three sections, one of them several pages long (so later page numbers depend on it),
 * referring to the evidence in `sampleReferences`.
 */
export function samplePortfolio(): Portfolio {
  return {
    person: 'Ëlla de Vriës',
    qualification: { code: 'BKO', name: 'Basiskwalificatie Onderwijs' },
    institution: 'UMC Utrecht',
    version: { stage: 'draft', number: 2, date: '2026-03-05' },
    teachingCv: [
      {
        content: 'Werkcollege farmacologie',
        form: 'Werkcollege',
        targetGroup: 'Bachelor Geneeskunde jaar 2',
        period: '2025–2026',
        hours: 24.5,
      },
      {
        content: 'Coschapbegeleiding',
        form: 'Begeleiding',
        targetGroup: 'Coassistenten',
        period: '2025',
        hours: null,
      },
    ],
    sections: [
      {
        title: 'Ontwerpen',
        reflection: {
          type: 'doc',
          content: [
            { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Wat ging goed' }] },
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Ik heb het blok ' },
                { type: 'text', text: 'opnieuw ontworpen', marks: [{ type: 'bold' }] },
                { type: 'text', text: ' met één casus per week.', marks: [{ type: 'italic' }] },
              ],
            },
            {
              type: 'bulletList',
              content: [
                {
                  type: 'listItem',
                  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'leerdoelen' }] }],
                },
                {
                  type: 'listItem',
                  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'toetsing' }] }],
                },
              ],
            },
          ],
        },
        evidenceIds: ['material', 'eval'],
      },
      // long enough to take several pages, so the next section's page number depends on it
      { title: 'Uitvoeren', reflection: long(14), evidenceIds: [] },
      { title: 'Toetsen en beoordelen', reflection: long(2), evidenceIds: ['eval'] },
    ],
  };
}

export const sampleReferences: EvidenceReference[] = [
  { id: 'eval', title: 'Studentevaluatie werkcollege', kind: 'Studentevaluatie' },
  { id: 'material', title: 'Casus week 3' },
];
