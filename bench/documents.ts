import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RichText } from '../contracts/rich-text.js';
import { samplePdf } from '../server/src/modules/documents/fixtures.js';
import {
  buildHandIn,
  documentLabels,
  type EvidenceFile,
  type HandInSet,
  mergeAppendices,
  type Portfolio,
  warmUpPdfWorkers,
} from '../server/src/modules/documents/index.js';
import type { BenchResult } from './me.js';

const APPENDICES = 40;
const PAGES_EACH = 10;
const ROUNDS = 15;
const TARGET = 1.0;

const sentence =
  'Tijdens het werkcollege merkte ik dat de studenten pas actief werden toen ik een casus uit de kliniek ' +
  'inbracht; in de evaluatie gaven zij aan dat juist die koppeling met de praktijk het leren bevorderde. ';

function reflection(paragraphs: number): RichText {
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Wat ging goed' }] },
      ...Array.from({ length: paragraphs }, () => ({
        type: 'paragraph' as const,
        content: [
          { type: 'text' as const, text: sentence.repeat(3) },
          { type: 'text' as const, text: 'Dat neem ik mee.', marks: [{ type: 'bold' as const }] },
        ],
      })),
      {
        type: 'bulletList',
        content: ['Voorbereiding', 'Uitvoering', 'Evaluatie'].map((text) => ({
          type: 'listItem' as const,
          content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
        })),
      },
    ],
  };
}

/** A BKO portfolio of realistic size: 15 teaching tasks, five areas of about a page and a half each. */
function samplePortfolio(evidence: EvidenceFile[]): Portfolio {
  const areas = ['Ontwerpen', 'Uitvoeren', 'Begeleiden', 'Toetsen en beoordelen', 'Evalueren'];
  return {
    person: 'Ëlla de Vriës',
    qualification: { code: 'BKO', name: 'Basiskwalificatie Onderwijs' },
    institution: 'UMC Utrecht',
    version: { stage: 'final', number: 3, date: '2026-12-01' },
    teachingCv: Array.from({ length: 15 }, (_, i) => ({
      content: `Werkcollege farmacotherapie, blok ${i + 1}`,
      form: 'Werkcollege met casuïstiek',
      targetGroup: 'Bachelor Geneeskunde, jaar 2',
      period: '2025–2026',
      hours: 12 + i,
    })),
    sections: areas.map((title, i) => ({
      title,
      reflection: reflection(8),
      evidenceIds: evidence.slice(i * 8, i * 8 + 8).map((e) => e.id),
    })),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** CPU time of this process, every thread (the PDF workers too), in ms. */
const ownCpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** CPU time of finished child processes (qpdf), in ms: Linux's cutime + cstime, in clock ticks of 10 ms. */
const childCpu = () => {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[13]) + Number(fields[14])) * 10;
};

/**
 * Hand-in export of a BKO portfolio with 40 appendices of 10 pages each (the portfolio PDF and the
 * appendices PDF with contents list and bookmarks), against `qpdf --empty --pages` merging the same 40
 * files. The PDF workers are warm, as a server keeps them (it warms them at start); rounds alternate
 * between the two; the ratio is of the medians of wall time, CPU time is given as medians too (on a
 * machine shared with other work, the steadier figure). Needs no database.
 */
export async function benchDocuments(_databaseUrl?: string): Promise<BenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'dd-bench-documents-'));
  try {
    const evidence: EvidenceFile[] = Array.from({ length: APPENDICES }, (_, i) => ({
      id: `evidence-${i + 1}`,
      title: `Studentevaluatie werkcollege ${i + 1}`,
      kind: 'Studentevaluatie',
      fileName: `evaluatie-${i + 1}.pdf`,
      mediaType: 'application/pdf',
      bytes: samplePdf(`Bijlage ${i + 1}`, PAGES_EACH),
    }));
    const paths = evidence.map((e) => {
      const path = join(dir, e.fileName);
      writeFileSync(path, e.bytes);
      return path;
    });
    const portfolio = samplePortfolio(evidence);
    const labels = documentLabels.nl;
    const ours = () => buildHandIn({ portfolio, files: 'two', evidence, labels });
    // like for like with qpdf: only the appendices file (merge, contents list, bookmarks)
    const appendicesOnly = () =>
      mergeAppendices({ heading: { title: 'Bijlagen' }, evidence, labels, author: portfolio.person });
    const qpdf = () => {
      const result = spawnSync('qpdf', ['--empty', '--pages', ...paths, '--', join(dir, 'merged.pdf')]);
      if (result.status !== 0) throw new Error(`qpdf failed: ${result.stderr}`);
    };

    const loadBefore = loadavg()[0] ?? 0;
    await warmUpPdfWorkers();
    let set: HandInSet | undefined;
    for (let i = 0; i < 2; i++) {
      set = await ours();
      qpdf();
    }
    const oursMs: number[] = [];
    const qpdfMs: number[] = [];
    const appendicesMs: number[] = [];
    const oursCpu: number[] = [];
    const qpdfCpu: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      let started = performance.now();
      let cpu = ownCpu();
      set = await ours();
      oursMs.push(performance.now() - started);
      oursCpu.push(ownCpu() - cpu);
      started = performance.now();
      cpu = childCpu();
      qpdf();
      qpdfMs.push(performance.now() - started);
      qpdfCpu.push(childCpu() - cpu);
      started = performance.now();
      await appendicesOnly();
      appendicesMs.push(performance.now() - started);
    }
    const files = (set?.files ?? []).map(
      (f) => `${f.role} ${f.pageCount} pages ${(f.bytes.length / 1e6).toFixed(2)} MB`,
    );
    const ratio = median(oursMs) / median(qpdfMs);
    return {
      name: `Portfolio hand-in export, ${APPENDICES} appendices × ${PAGES_EACH} pages (mupdf.js) vs qpdf merge`,
      lines: [
        `ours: median ${median(oursMs).toFixed(0)} ms (${oursMs.map((v) => v.toFixed(0)).join(', ')})`,
        `qpdf --empty --pages: median ${median(qpdfMs).toFixed(0)} ms (${qpdfMs.map((v) => v.toFixed(0)).join(', ')})`,
        `appendices file alone: median ${median(appendicesMs).toFixed(0)} ms (ratio ${(median(appendicesMs) / median(qpdfMs)).toFixed(2)})`,
        `CPU time per export (every thread), median (mean): ours ${median(oursCpu).toFixed(0)} (${mean(oursCpu).toFixed(0)}) ms, ` +
          `qpdf ${median(qpdfCpu).toFixed(0)} (${mean(qpdfCpu).toFixed(0)}) ms, counted in 10 ms ticks; ` +
          `ratio of the medians ${(median(oursCpu) / median(qpdfCpu)).toFixed(2)}`,
        `files: ${files.join('; ')}`,
        // the machine is shared: wall times follow its load
        `load average (1 min) before ${loadBefore.toFixed(1)}, after ${(loadavg()[0] ?? 0).toFixed(1)}`,
      ],
      ratio,
      target: TARGET,
      higherIsBetter: false,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
