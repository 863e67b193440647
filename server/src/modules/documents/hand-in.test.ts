import { describe, expect, it } from 'vitest';
import type { EvidenceFile } from './evidence.js';
import {
  outlineOf,
  pageTexts,
  qpdfCheck,
  samplePdf,
  samplePng,
  samplePortfolio,
  sampleReferences,
} from './fixtures.js';
import { buildHandIn } from './hand-in.js';
import { documentLabels } from './labels.js';
import type { Portfolio } from './portfolio.js';

const labels = documentLabels.nl;
/** the first job of a test file starts the PDF workers, from TypeScript source (tsx) */
const WORKER_TIMEOUT = 60_000;

// the files behind sampleReferences: the evaluation (3 pages) and the teaching material (an image)
const evidence: EvidenceFile[] = [
  {
    ...(sampleReferences[0] as EvidenceFile),
    fileName: 'evaluatie.pdf',
    mediaType: 'application/pdf',
    bytes: samplePdf('Studentevaluatie werkcollege', 3),
  },
  {
    ...(sampleReferences[1] as EvidenceFile),
    fileName: 'casus.png',
    mediaType: 'image/png',
    bytes: samplePng(800, 1000),
  },
];

const pageStartingWith = (pages: string[], heading: string) =>
  pages.findIndex((p) => p.trimStart().startsWith(`${heading}\n`)) + 1;

describe('buildHandIn', () => {
  it(
    'hands in a BKO portfolio as two PDF files: the portfolio and the appendices (R-UMCU-SUB-1)',
    async () => {
      const set = await buildHandIn({ portfolio: samplePortfolio(), files: 'two', evidence, labels });
      expect(set.files.map((f) => f.role)).toEqual(['portfolio', 'appendices']);
      for (const file of set.files) {
        expect(qpdfCheck(file.bytes).status).toBe(0);
        expect(pageTexts(file.bytes)).toHaveLength(file.pageCount);
      }
      const [main, appendices] = set.files.map((f) => pageTexts(f.bytes)) as [string[], string[]];
      expect(main.join('\n')).toContain('Bijlage 2: Casus week 3');
      expect(main.join('\n')).not.toContain('Bijlagen bij het portfolio');
      expect(appendices[0]).toContain('Bijlagen bij het portfolio BKO');
      expect(appendices[0]).toContain('Ëlla de Vriës · Versie 2 · Concept');
      expect(appendices).toHaveLength(1 + 3 + 1);
      expect(appendices[1]).toContain('Studentevaluatie werkcollege – 1');
      expect(set.appendices.map((a) => [a.number, a.evidenceId, a.startPage])).toEqual([
        [1, 'eval', 2],
        [2, 'material', 5],
      ]);
    },
    WORKER_TIMEOUT,
  );

  it(
    'hands in a UvO portfolio as one merged PDF: the portfolio, then the appendices (R-UMCU-SUB-2)',
    async () => {
      const portfolio: Portfolio = {
        ...samplePortfolio(),
        qualification: { code: 'UvO', name: 'Uitvoeren van Onderwijs' },
      };
      const set = await buildHandIn({ portfolio, files: 'one', evidence, labels });
      expect(set.files.map((f) => f.role)).toEqual(['combined']);
      const file = set.files[0];
      if (!file) throw new Error('no file');
      expect(qpdfCheck(file.bytes).status).toBe(0);
      const pages = pageTexts(file.bytes);
      expect(pages).toHaveLength(file.pageCount);

      // the appendices' contents list follows the portfolio and is listed in the portfolio's contents
      const appendixContents = pages.findIndex((p) => p.includes('Bijlagen bij het portfolio UvO')) + 1;
      expect(appendixContents).toBeGreaterThan(pageStartingWith(pages, 'Toetsen en beoordelen'));
      expect(pages[1]).toMatch(new RegExp(`Bijlagen\\n\\s*${appendixContents}\\n`));
      expect(file.pageCount).toBe(appendixContents + 3 + 1);

      // the appendices' page numbers count the whole file
      expect(set.appendices.map((a) => a.startPage)).toEqual([appendixContents + 1, appendixContents + 4]);
      expect(pages[appendixContents - 1]).toMatch(
        new RegExp(
          `Bijlage 1: Studentevaluatie werkcollege \\(Studentevaluatie\\)\\n\\s*${appendixContents + 1}\\n`,
        ),
      );
      expect(pages[appendixContents]).toContain('Studentevaluatie werkcollege – 1');

      const outline = outlineOf(file.bytes);
      expect(outline.map((o) => o.title)).toEqual([
        'Inhoud',
        'Onderwijs-cv',
        'Ontwerpen',
        'Uitvoeren',
        'Toetsen en beoordelen',
        'Bijlagen',
      ]);
      expect(outline.at(-1)).toEqual({
        title: 'Bijlagen',
        page: appendixContents,
        children: [
          { title: 'Bijlage 1: Studentevaluatie werkcollege', page: appendixContents + 1, children: [] },
          { title: 'Bijlage 2: Casus week 3', page: appendixContents + 4, children: [] },
        ],
      });
      // every generated page after the cover has its number in the footer
      for (let page = 2; page <= appendixContents; page++)
        expect(pages[page - 1]).toContain(`Pagina ${page}`);
    },
    WORKER_TIMEOUT,
  );

  it(
    'passes a failure inside the PDF worker back as an error, and the worker goes on working',
    async () => {
      const broken: Portfolio = {
        ...samplePortfolio(),
        sections: [{ title: 'X', reflection: { type: 'doc', content: [] }, evidenceIds: ['missing'] }],
      };
      await expect(buildHandIn({ portfolio: broken, files: 'two', evidence, labels })).rejects.toThrow(
        'section "X" refers to evidence missing, which is not in the list',
      );
      const set = await buildHandIn({ portfolio: samplePortfolio(), files: 'two', evidence, labels });
      expect(set.files).toHaveLength(2);
    },
    WORKER_TIMEOUT,
  );

  it(
    'replaces a PDF worker whose WebAssembly memory broke, so that later exports work again',
    async () => {
      // MuPDF's WebAssembly heap breaks after about a thousand errors caught in one thread (here: damaged
      // files, each listed as unreadable); both workers get such a job
      const damaged: EvidenceFile[] = Array.from({ length: 1200 }, (_, i) => ({
        id: `damaged-${i}`,
        title: `Kapot ${i}`,
        fileName: `kapot-${i}.pdf`,
        mediaType: 'application/pdf',
        bytes: new TextEncoder().encode(`%PDF-1.7 kapot ${i}`),
      }));
      const poisoned = () =>
        buildHandIn({ portfolio: samplePortfolio(), files: 'one', evidence: damaged, labels });
      await Promise.allSettled([poisoned(), poisoned()]);
      const sets = await Promise.all(
        [1, 2].map(() => buildHandIn({ portfolio: samplePortfolio(), files: 'two', evidence, labels })),
      );
      for (const set of sets) expect(set.files.map((f) => qpdfCheck(f.bytes).status)).toEqual([0, 0]);
    },
    WORKER_TIMEOUT,
  );
});
