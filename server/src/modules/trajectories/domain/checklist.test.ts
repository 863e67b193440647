import { describe, expect, it } from 'vitest';
import {
  countWords,
  type RichText,
  type RichTextBlock,
  type RichTextInline,
  type RichTextMark,
} from '../../../../../contracts/rich-text.js';
import type { PortfolioContent, PortfolioTemplate } from '../../../../../contracts/trajectories.js';
import { applySettings, checkPortfolio, unknownSettings } from './checklist.js';
import { umcuBko, umcuSko, umcuUvo } from './templates/umcu.js';
import { content, evidence, task, words } from './test-data.js';

const item = (template: PortfolioTemplate, c: PortfolioContent, id: string) => {
  const found = checkPortfolio(template, c).items.find((i) => i.requirementId === id);
  if (!found) throw new Error(`no requirement ${id}`);
  return found;
};

/** A BKO portfolio that meets every default requirement. */
function completeBko(): PortfolioContent {
  const ev = [
    evidence('student-evaluation', { id: 'se1' }),
    evidence('student-evaluation', { id: 'se2' }),
    evidence('observation-own-teaching', { id: 'oo1' }),
    evidence('observation-own-teaching', { id: 'oo2' }),
    evidence('observation-of-colleague', { id: 'oc1' }),
    evidence('observation-of-colleague', { id: 'oc2' }),
    evidence('teaching-material', { id: 'tm1' }),
    evidence('assessment-material', { id: 'am1' }),
    evidence('schooling-certificate', { id: 'sc1' }),
  ];
  return content({
    cv: [
      task({ form: 'lecture', targetGroup: 'bachelor 1', areas: ['delivery'] }),
      task({ form: 'working-group', targetGroup: 'master 2', areas: ['design', 'assessment'] }),
    ],
    evidence: ev,
    sections: {
      design: { text: words(100), evidenceIds: ['tm1'] },
      delivery: { text: words(100), evidenceIds: ['se1', 'oo1'] },
      supervision: { text: words(100), evidenceIds: ['se2'] },
      assessment: { text: words(100), evidenceIds: ['am1'] },
      evaluation: { text: words(100), evidenceIds: ['oc1'] },
    },
  });
}

describe('words of a reflection (rich text)', () => {
  const text = (t: string, marks?: RichTextMark[]): RichTextInline =>
    marks ? { type: 'text', text: t, marks } : { type: 'text', text: t };
  const p = (...content: RichTextInline[]): RichTextBlock => ({ type: 'paragraph', content });
  const doc = (...content: RichTextBlock[]): RichText => ({ type: 'doc', content });
  const item = (...content: RichTextBlock[]) => ({ type: 'listItem' as const, content });
  it.each<[string, RichText, number]>([
    ['an empty document', doc(), 0],
    ['an empty paragraph', doc({ type: 'paragraph' }), 0],
    ['one sentence', doc(p(text('Een korte\u00a0zin.'))), 3],
    ['two paragraphs, no space between them', doc(p(text('een')), p(text('twee'))), 2],
    [
      'list items and a dash',
      doc({ type: 'bulletList', content: [item(p(text('één'))), item(p(text('2')))] }, p(text('— !'))),
      2,
    ],
    ['bold then plain text in one run', doc(p(text('vet', [{ type: 'bold' }]), text('gedrukt'))), 1],
    ['a line break', doc(p(text('regel'), { type: 'hardBreak' }, text('twee'))), 2],
    [
      'a heading and a nested list',
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [text('Kop één')] },
        {
          type: 'orderedList',
          content: [item(p(text('a b')), { type: 'bulletList', content: [item(p(text('c')))] })],
        },
      ),
      5,
    ],
  ])('%s', (_, richText, n) => {
    expect(countWords(richText)).toBe(n);
  });
});

describe('the live checklist (R-UMCU-PF-1)', () => {
  it('is complete for a portfolio that meets every requirement of the BKO template', () => {
    const list = checkPortfolio(umcuBko, completeBko());
    expect(list.items.filter((i) => !i.met)).toEqual([]);
    expect(list).toMatchObject({ complete: true, progress: 100, met: list.total });
  });

  it('an empty BKO portfolio has made no progress and meets nothing', () => {
    const list = checkPortfolio(umcuBko, content());
    expect(list).toMatchObject({ complete: false, progress: 0, met: 0 });
  });

  it.each([
    [1, false],
    [2, true],
  ])('%i student evaluation(s): met %s (default two)', (n, met) => {
    const c = completeBko();
    c.evidence = c.evidence.filter((e) => e.kind !== 'student-evaluation');
    for (let i = 0; i < n; i++) c.evidence.push(evidence('student-evaluation'));
    expect(item(umcuBko, c, 'student-evaluation')).toMatchObject({ met, have: n, need: 2 });
  });

  it('counts evidence only once it has a file', () => {
    const c = completeBko();
    c.evidence = c.evidence.map((e) => (e.id === 'se1' ? { ...e, files: [] } : e));
    expect(item(umcuBko, c, 'student-evaluation')).toMatchObject({ met: false, have: 1 });
  });

  it('caps what it shows at what is needed, and the progress at whole percent rounded down', () => {
    const c = completeBko();
    c.evidence.push(evidence('student-evaluation'), evidence('student-evaluation'));
    expect(item(umcuBko, c, 'student-evaluation')).toMatchObject({ have: 2, need: 2 });
    c.sections.evaluation = { text: words(99), evidenceIds: ['oc1'] };
    const list = checkPortfolio(umcuBko, c);
    expect(list.complete).toBe(false);
    expect(list.progress).toBeLessThan(100);
  });

  it.each([
    [99, false],
    [100, true],
  ])('a reflection of %i words: met %s (default 100)', (n, met) => {
    const c = completeBko();
    c.sections.design = { text: words(n), evidenceIds: ['tm1'] };
    expect(item(umcuBko, c, 'reflections')).toMatchObject({
      met,
      have: met ? 5 : 4,
      need: 5,
      sectionsShort: met ? [] : ['design'],
    });
  });

  it('names every competency area without linked evidence with a file', () => {
    const c = completeBko();
    c.sections.supervision = { text: words(100), evidenceIds: ['nonexistent'] };
    c.sections.evaluation = { text: words(100), evidenceIds: [] };
    expect(item(umcuBko, c, 'linked-evidence')).toMatchObject({
      met: false,
      have: 3,
      need: 5,
      sectionsShort: ['supervision', 'evaluation'],
    });
  });

  it('asks the CV for design, delivery and assessment (R-UMCU-BKO-3)', () => {
    const c = completeBko();
    c.cv = [
      task({ areas: ['delivery'] }),
      task({ form: 'practical', targetGroup: 'master', areas: ['design'] }),
    ];
    expect(item(umcuBko, c, 'cv-areas')).toMatchObject({ met: false, have: 2, need: 3 });
  });

  it('counts different forms and target groups; the same group written differently is one', () => {
    const c = completeBko();
    c.cv = [
      task({ form: 'lecture', targetGroup: 'Bachelor  1', areas: ['design', 'delivery', 'assessment'] }),
      task({ form: 'lecture', targetGroup: ' bachelor 1 ', areas: [] }),
    ];
    expect(item(umcuBko, c, 'cv-forms')).toMatchObject({ met: false, have: 1 });
    expect(item(umcuBko, c, 'cv-target-groups')).toMatchObject({ met: false, have: 1 });
    c.cv.push(task({ form: 'working-group', targetGroup: 'Master 1' }));
    expect(item(umcuBko, c, 'cv-forms')).toMatchObject({ met: true, have: 2 });
    expect(item(umcuBko, c, 'cv-target-groups')).toMatchObject({ met: true, have: 2 });
  });

  it('asks the UvO no assessment material and no design (R-UMCU-UVO-1)', () => {
    const ids = umcuUvo.requirements.map((r) => r.id);
    expect(ids).not.toContain('assessment-material');
    expect(ids).toContain('teaching-material');
    expect(umcuUvo.requirements.find((r) => r.id === 'cv-areas')).toMatchObject({ areas: ['delivery'] });
  });

  it('counts for the SKO only evidence that is new since the BKO (R-UMCU-SKO-1)', () => {
    const c = content({
      evidence: [
        evidence('student-evaluation'),
        evidence('student-evaluation', { carriedOverFrom: { qualification: 'BKO', trajectoryId: 't1' } }),
      ],
    });
    expect(item(umcuSko, c, 'student-evaluation')).toMatchObject({ met: false, have: 1, need: 2 });
    expect(item(umcuBko, c, 'student-evaluation')).toMatchObject({ met: true, have: 2 });
  });

  it('asks the SKO a vision of 300 words and contributions above course level', () => {
    const c = content({ sections: { vision: { text: words(299), evidenceIds: [] } } });
    expect(item(umcuSko, c, 'vision')).toMatchObject({ met: false, sectionsShort: ['vision'] });
    c.sections.vision = { text: words(300), evidenceIds: [] };
    expect(item(umcuSko, c, 'vision')).toMatchObject({ met: true });
    expect(item(umcuSko, c, 'linked-evidence').sectionsShort).toContain('above-course');
  });
});

describe("an institution's own numbers", () => {
  it('replace the defaults, for counts and for words', () => {
    const mine = applySettings(umcuBko, { 'student-evaluation': 3, reflections: 250 });
    const c = completeBko();
    expect(item(mine, c, 'student-evaluation')).toMatchObject({ met: false, need: 3 });
    expect(item(mine, c, 'reflections')).toMatchObject({ met: false, have: 0 });
    expect(item(umcuBko, c, 'student-evaluation')).toMatchObject({ met: true, need: 2 });
  });

  it('of zero make a requirement met by nothing', () => {
    const mine = applySettings(umcuBko, { 'observation-of-colleague': 0 });
    expect(item(mine, content(), 'observation-of-colleague')).toMatchObject({ met: true, have: 0, need: 0 });
  });

  it('that name nothing numbered in the template are reported', () => {
    expect(unknownSettings(umcuBko, { 'student-evaluation': 3, 'cv-areas': 1, vision: 10, typo: 1 })).toEqual(
      ['cv-areas', 'vision', 'typo'],
    );
    expect(unknownSettings(umcuSko, { vision: 10 })).toEqual([]);
  });
});
