import { describe, expect, it } from 'vitest';
import { emptyRichText } from '../../../../../contracts/rich-text.js';
import type { TrajectoryState } from '../../../../../contracts/trajectories.js';
import { appendixOrder, handInPackage, remindersDue, remindersFor } from './hand-in.js';
import { umcuBko, umcuKko, umcuSko, umcuUvo } from './templates/umcu.js';
import { content, evidence, week } from './test-data.js';

const portfolio = content({
  evidence: [
    evidence('other', { id: 'loose' }),
    evidence('student-evaluation', { id: 'se' }),
    evidence('teaching-material', { id: 'tm' }),
    evidence('observation-own-teaching', { id: 'nofile', files: [] }),
  ],
  sections: {
    delivery: { text: emptyRichText(), evidenceIds: ['se', 'tm', 'nofile'] },
    design: { text: emptyRichText(), evidenceIds: ['tm'] },
  },
});

describe('appendices', () => {
  it('follow the first section that links them, in template order, then the rest; evidence without a file is none', () => {
    expect(appendixOrder(umcuBko, portfolio)).toEqual(['tm', 'se', 'loose']);
  });
});

describe('the files of a hand-in', () => {
  it.each([umcuBko, umcuKko, umcuSko])(
    '$qualification: two PDFs, portfolio and appendices (R-UMCU-SUB-1)',
    (template) => {
      const pkg = handInPackage(template, portfolio, 'José Öztürk-de Vries', { kind: 'draft', number: 2 });
      const q = template.qualification;
      expect(pkg.rules).toEqual(['R-UMCU-SUB-1']);
      expect(pkg.files.map((f) => [f.role, f.fileName])).toEqual([
        ['portfolio', `${q}-portfolio-jose-ozturk-de-vries-concept-2.pdf`],
        ['appendices', `${q}-bijlagen-jose-ozturk-de-vries-concept-2.pdf`],
      ]);
      expect(pkg.files[0]?.parts).toEqual([
        { kind: 'cover' },
        { kind: 'contents' },
        ...template.sections.map((s) => ({ kind: 'section', sectionId: s.id })),
      ]);
      expect(
        pkg.files[1]?.parts.map((p) => (p.kind === 'appendix' ? `${p.number}:${p.evidenceId}` : p.kind)),
      ).toEqual(['appendix-list', '1:tm', '2:se', '3:loose']);
    },
  );

  it('UvO: one merged PDF, the portfolio followed by the appendices (R-UMCU-SUB-2)', () => {
    const pkg = handInPackage(umcuUvo, portfolio, 'An de Wit', { kind: 'final' });
    expect(pkg.rules).toEqual(['R-UMCU-SUB-2']);
    expect(pkg.files).toHaveLength(1);
    expect(pkg.files[0]?.role).toBe('combined');
    expect(pkg.files[0]?.fileName).toBe('UvO-portfolio-an-de-wit-definitief.pdf');
    expect(pkg.files[0]?.parts.map((p) => p.kind)).toEqual([
      'cover',
      'contents',
      'section',
      'section',
      'appendix-list',
      'appendix',
      'appendix',
      'appendix',
    ]);
  });

  it('names a preview, and leaves out a name that has no letters', () => {
    const pkg = handInPackage(umcuBko, content(), '—', { kind: 'preview' });
    expect(pkg.files.map((f) => f.fileName)).toEqual([
      'BKO-portfolio-voorbeeld.pdf',
      'BKO-bijlagen-voorbeeld.pdf',
    ]);
    expect(pkg.files[1]?.parts).toEqual([{ kind: 'appendix-list' }]);
  });
});

describe('reminders a week and a day before a deadline', () => {
  const w = week({ draftDeadline: '2026-04-20', finalDeadline: '2026-05-25' });

  it('fall 7 and 1 days before each deadline that still concerns the teacher', () => {
    expect(remindersFor(w, 'revising', 'needs-work')).toEqual([
      { deadline: 'draft', deadlineOn: '2026-04-20', sendOn: '2026-04-13', daysBefore: 7 },
      { deadline: 'draft', deadlineOn: '2026-04-20', sendOn: '2026-04-19', daysBefore: 1 },
      { deadline: 'final', deadlineOn: '2026-05-25', sendOn: '2026-05-18', daysBefore: 7 },
      { deadline: 'final', deadlineOn: '2026-05-25', sendOn: '2026-05-24', daysBefore: 1 },
    ]);
  });

  it.each([
    ['portfolio-in-progress', null, ['draft', 'final']],
    ['draft-handed-in', null, ['final']],
    ['feedback-given', 'needs-work', ['draft', 'final']],
    ['feedback-given', 'convincing', ['final']],
    ['revising', 'convincing', ['final']],
    ['final-handed-in', 'convincing', []],
    ['awaiting-assessment', 'convincing', []],
    ['withdrawn', null, []],
  ] as [TrajectoryState, 'convincing' | 'needs-work' | null, string[]][])(
    'in %s after %s: %j',
    (state, verdict, deadlines) => {
      expect([...new Set(remindersFor(w, state, verdict).map((r) => r.deadline))]).toEqual(deadlines);
    },
  );

  it.each([
    ['2026-04-12', []],
    ['2026-04-13', ['draft 7']],
    ['2026-04-19', ['draft 1']],
    ['2026-04-20', []],
    ['2026-05-24', ['final 1']],
  ])('due on %s: %j', (today, due) => {
    expect(
      remindersDue(w, 'revising', 'needs-work', today).map((r) => `${r.deadline} ${r.daysBefore}`),
    ).toEqual(due);
  });

  it('cross a month and a year boundary', () => {
    const early = week({ startsOn: '2026-01-26', draftDeadline: '2026-01-05', finalDeadline: '2026-01-12' });
    expect(remindersFor(early, 'portfolio-in-progress', null).map((r) => r.sendOn)).toEqual([
      '2025-12-29',
      '2026-01-04',
      '2026-01-05',
      '2026-01-11',
    ]);
  });
});
