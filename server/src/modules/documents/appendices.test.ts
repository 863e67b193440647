import { beforeAll, describe, expect, it } from 'vitest';
import { type AppendixEntry, mergeAppendices } from './appendices.js';
import type { EvidenceFile, OfficeConverter } from './evidence.js';
import {
  metadataOf,
  outlineOf,
  pageSizes,
  pageTexts,
  qpdfCheck,
  sampleJpeg,
  samplePdf,
  samplePng,
} from './fixtures.js';
import { documentLabels } from './labels.js';

const labels = documentLabels.nl;
/** the first job of a test file starts the PDF workers, from TypeScript source (tsx) */
const WORKER_TIMEOUT = 60_000;

function pdfFile(id: string, title: string, pages: number): EvidenceFile {
  return { id, title, fileName: `${id}.pdf`, mediaType: 'application/pdf', bytes: samplePdf(title, pages) };
}

const docx: EvidenceFile = {
  id: 'docx',
  title: 'Toetsmatrijs',
  fileName: 'Toetsmatrijs blok 3.docx',
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]),
};

/** The numbers in the right-hand column of a contents page, after each appendix label. */
function listedStartPages(contents: string): Map<number, string> {
  const found = new Map<number, string>();
  for (const m of contents.matchAll(/Bijlage (\d+):[^\n]*\n\s*(\d+|–)/g)) found.set(Number(m[1]), m[2] ?? '');
  return found;
}

describe('mergeAppendices', () => {
  const evidence: EvidenceFile[] = [
    { ...pdfFile('eval', 'Studentevaluatie werkcollege', 3), kind: 'Studentevaluatie' },
    {
      id: 'photo',
      title: 'Foto van het bord',
      fileName: 'bord.png',
      mediaType: 'image/png',
      bytes: samplePng(1600, 900),
    },
    docx,
    {
      id: 'scan',
      title: 'Observatie door een collega',
      fileName: 'observatie.jpg',
      mediaType: 'image/jpeg',
      bytes: sampleJpeg(600, 800),
    },
    {
      id: 'broken',
      title: 'Kapot bestand',
      fileName: 'kapot.pdf',
      mediaType: 'application/pdf',
      bytes: new TextEncoder().encode('%PDF-1.7\nthis is not a PDF at all'),
    },
    pdfFile('material', 'Onderwijsmateriaal: casus “Ëlla”', 2),
  ];

  let result: { bytes: Uint8Array; pageCount: number; appendices: AppendixEntry[] };
  beforeAll(async () => {
    result = await mergeAppendices({
      heading: { title: 'Bijlagen bij het portfolio BKO', subtitle: 'Ëlla de Vriës · Versie 2' },
      evidence,
      labels,
      author: 'Ëlla de Vriës',
    });
  }, WORKER_TIMEOUT);

  it('makes one valid PDF: a contents page, every usable appendix, an image on a page of its own', () => {
    expect(qpdfCheck(result.bytes).status).toBe(0);
    // 1 contents page + 3 + 1 + 1 + 2
    expect(result.pageCount).toBe(8);
    expect(pageTexts(result.bytes)).toHaveLength(8);
    expect(result.appendices.map((a) => [a.number, a.startPage, a.pageCount, a.problem])).toEqual([
      [1, 2, 3, null],
      [2, 5, 1, null],
      [3, null, 0, 'not-converted'],
      [4, 6, 1, null],
      [5, null, 0, 'unreadable'],
      [6, 7, 2, null],
    ]);
    expect(metadataOf(result.bytes)).toEqual({
      title: 'Bijlagen bij het portfolio BKO',
      author: 'Ëlla de Vriës',
      language: 'nl',
    });
  });

  it('lists each appendix with the page it really starts on, and says which files are missing and why', () => {
    const pages = pageTexts(result.bytes);
    const contents = pages[0] ?? '';
    expect(contents).toContain('Bijlage 1: Studentevaluatie werkcollege (Studentevaluatie)');
    expect(contents).toContain('Bijlage 3: Toetsmatrijs — niet omgezet: Toetsmatrijs blok 3.docx');
    expect(contents).toContain('Bijlage 5: Kapot bestand — niet leesbaar: kapot.pdf');
    expect(contents).toContain('Onderwijsmateriaal: casus “Ëlla”');
    const listed = listedStartPages(contents);
    expect([...listed]).toEqual([
      [1, '2'],
      [2, '5'],
      [3, '–'],
      [4, '6'],
      [5, '–'],
      [6, '7'],
    ]);
    // the listed page is where the appendix's own first page is
    expect(pages[1]).toContain('Studentevaluatie werkcollege – 1');
    expect(pages[3]).toContain('Studentevaluatie werkcollege – 3');
    expect(pages[6]).toContain('Onderwijsmateriaal: casus “Ëlla” – 1');
    expect(pages[7]).toContain('Onderwijsmateriaal: casus “Ëlla” – 2');
  });

  it('bookmarks the contents and each included appendix at its first page', () => {
    expect(outlineOf(result.bytes)).toEqual([
      { title: 'Inhoud', page: 1, children: [] },
      { title: 'Bijlage 1: Studentevaluatie werkcollege', page: 2, children: [] },
      { title: 'Bijlage 2: Foto van het bord', page: 5, children: [] },
      { title: 'Bijlage 4: Observatie door een collega', page: 6, children: [] },
      { title: 'Bijlage 6: Onderwijsmateriaal: casus “Ëlla”', page: 7, children: [] },
    ]);
  });

  it('puts a wide image on a landscape A4 page and a tall one on a portrait page', () => {
    const sizes = pageSizes(result.bytes);
    expect(sizes[4]).toEqual([842, 595]);
    expect(sizes[5]).toEqual([595, 842]);
  });

  it(
    'converts Office files through the converter it is given, and lists them when conversion fails',
    async () => {
      const converted: string[] = [];
      const converter: OfficeConverter = {
        async toPdf(fileName) {
          converted.push(fileName);
          if (fileName.startsWith('kapot')) throw new Error('conversion failed');
          return samplePdf('Omgezet', 2);
        },
      };
      const broken = { ...docx, id: 'broken-docx', fileName: 'kapot.docx' };
      const result = await mergeAppendices({
        heading: { title: 'Bijlagen' },
        evidence: [docx, broken],
        labels,
        converter,
        author: 'x',
      });
      expect(converted).toEqual(['Toetsmatrijs blok 3.docx', 'kapot.docx']);
      expect(result.appendices.map((a) => [a.startPage, a.problem])).toEqual([
        [2, null],
        [null, 'not-converted'],
      ]);
      expect(result.pageCount).toBe(3);
      expect(pageTexts(result.bytes)[1]).toContain('Omgezet – 1');
      expect(qpdfCheck(result.bytes).status).toBe(0);
    },
    WORKER_TIMEOUT,
  );

  it(
    'keeps the numbers right when the contents list runs over several pages',
    async () => {
      const many = Array.from({ length: 75 }, (_, i) =>
        pdfFile(`e${i + 1}`, `Bewijsstuk ${i + 1}`, 1 + (i % 3)),
      );
      const result = await mergeAppendices({
        heading: { title: 'Appendices' },
        evidence: many,
        labels: documentLabels.en,
        author: 'x',
      });
      const pages = pageTexts(result.bytes);
      const contentsPages = pages.findIndex((p) => p.includes('Bewijsstuk 1 – 1'));
      expect(contentsPages).toBeGreaterThan(1);
      expect(result.pageCount).toBe(contentsPages + many.reduce((sum, _, i) => sum + 1 + (i % 3), 0));
      const listed = new Map<number, string>();
      for (const page of pages.slice(0, contentsPages)) {
        for (const m of page.matchAll(/Appendix (\d+):[^\n]*\n\s*(\d+)/g))
          listed.set(Number(m[1]), m[2] ?? '');
      }
      expect(listed.size).toBe(75);
      for (const entry of result.appendices) {
        expect(listed.get(entry.number)).toBe(String(entry.startPage));
        expect(pages[(entry.startPage ?? 0) - 1]).toContain(`Bewijsstuk ${entry.number} – 1`);
      }
      expect(outlineOf(result.bytes)[0]).toEqual({ title: 'Contents', page: 1, children: [] });
      expect(qpdfCheck(result.bytes).status).toBe(0);
    },
    WORKER_TIMEOUT,
  );

  it(
    'makes a contents page alone when there is no evidence yet',
    async () => {
      const result = await mergeAppendices({
        heading: { title: 'Bijlagen' },
        evidence: [],
        labels,
        author: 'x',
      });
      expect(result.pageCount).toBe(1);
      expect(qpdfCheck(result.bytes).status).toBe(0);
    },
    WORKER_TIMEOUT,
  );
});
