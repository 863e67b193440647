import { describe, expect, it } from 'vitest';
import { emptyRichText } from '../../../../../contracts/rich-text.js';
import { handInDocument } from './hand-in-document.js';
import { umcuBko } from './templates/umcu.js';
import { content, evidence, task, words } from './test-data.js';

const meta = {
  person: 'Sam de Vries',
  institution: 'UMC Utrecht',
  version: { stage: 'draft' as const, number: 2, date: '2026-03-01' },
  language: 'nl' as const,
};

const twoFiles = evidence('student-evaluation', {
  id: 'se',
  title: 'Evaluatie',
  files: [
    { fileId: 'f1', name: 'een.pdf', mediaType: 'application/pdf' },
    { fileId: 'f2', name: 'twee.png', mediaType: 'image/png' },
  ],
});

const portfolio = content({
  cv: [task({ form: 'working-group', from: '2024-09-01', until: null, hoursPerYear: 12 })],
  evidence: [evidence('other', { id: 'loose', title: 'Los' }), twoFiles],
  sections: { delivery: { text: words(3), evidenceIds: ['se'] } },
});

describe('the hand-in as the documents module prints it (R-UMCU-SUB-1, -2)', () => {
  it('makes each file of an item an appendix of its own, in appendix order', () => {
    const { appendices } = handInDocument(umcuBko, portfolio, meta);
    expect(appendices.map((a) => [a.id, a.title, a.kind])).toEqual([
      ['se:f1', 'Evaluatie (1/2)', 'Studentevaluatie'],
      ['se:f2', 'Evaluatie (2/2)', 'Studentevaluatie'],
      ['loose:file-loose', 'Los', 'Anders'],
    ]);
  });

  it('maps the CV and the sections, the sections referring to every file of the items they link', () => {
    const { portfolio: printed } = handInDocument(umcuBko, portfolio, { ...meta, language: 'en' });
    expect(printed.qualification).toEqual({ code: 'BKO', name: 'University Teaching Qualification' });
    expect(printed.teachingCv).toEqual([
      {
        content: 'Anatomie van het bewegingsapparaat',
        form: 'Working group',
        targetGroup: 'bachelor year 1',
        period: '2024-09-01 – …',
        hours: 12,
      },
    ]);
    const sections = umcuBko.sections.filter((s) => s.kind !== 'teaching-cv');
    expect(printed.sections.map((s) => s.title)).toEqual(sections.map((s) => s.title.en));
    const delivery = printed.sections[sections.findIndex((s) => s.id === 'delivery')];
    expect(delivery).toEqual({
      title: expect.any(String),
      reflection: words(3),
      evidenceIds: ['se:f1', 'se:f2'],
    });
    const design = printed.sections[sections.findIndex((s) => s.id === 'design')];
    expect(design).toMatchObject({ reflection: emptyRichText(), evidenceIds: [] });
  });
});
