import type { QualificationCode } from '../../../../../contracts/qualifications.js';
import type {
  AssessmentWeek,
  FeedbackVerdict,
  HandInFile,
  HandInPackage,
  HandInPart,
  PortfolioContent,
  PortfolioTemplate,
  Reminder,
  TrajectoryState,
} from '../../../../../contracts/trajectories.js';
import { addDays } from './days.js';

// What a hand-in consists of (R-UMCU-SUB-1, -2), described for the PDF builder, and the reminders before an
// assessment week's deadlines.

/** How UMC Utrecht wants each portfolio handed in. */
export const umcuSubmission: Record<QualificationCode, { files: 'two' | 'one'; rules: string[] }> = {
  BKO: { files: 'two', rules: ['R-UMCU-SUB-1'] },
  KKO: { files: 'two', rules: ['R-UMCU-SUB-1'] },
  SKO: { files: 'two', rules: ['R-UMCU-SUB-1'] },
  UvO: { files: 'one', rules: ['R-UMCU-SUB-2'] },
};

/**
 * The appendices in order, numbered from 1: evidence with a file, in the order of the first section (in the
 * template's order) that links it, then evidence no section links, in the portfolio's order.
 */
export function appendixOrder(template: PortfolioTemplate, content: PortfolioContent): string[] {
  const withFiles = new Set(content.evidence.filter((e) => e.files.length > 0).map((e) => e.id));
  const order: string[] = [];
  const add = (id: string) => {
    if (withFiles.has(id) && !order.includes(id)) order.push(id);
  };
  for (const section of template.sections) {
    for (const id of content.sections[section.id]?.evidenceIds ?? []) add(id);
  }
  for (const e of content.evidence) add(e.id);
  return order;
}

export type HandInVersion = { kind: 'draft'; number: number } | { kind: 'final' } | { kind: 'preview' };

/** Lower case ASCII words joined by hyphens: "José Öztürk" → "jose-ozturk". */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function suffixOf(version: HandInVersion): string {
  if (version.kind === 'draft') return `concept-${version.number}`;
  return version.kind === 'final' ? 'definitief' : 'voorbeeld';
}

/**
 * The files of a hand-in and their parts in order. BKO, KKO, SKO: the portfolio (cover, contents, the
 * sections) and the appendices (their list, then each item) as two files (R-UMCU-SUB-1); UvO: all of it in
 * one file (R-UMCU-SUB-2). File names are Dutch, as the institution's own: `BKO-portfolio-…-concept-2.pdf`.
 */
export function handInPackage(
  template: PortfolioTemplate,
  content: PortfolioContent,
  teacherName: string,
  version: HandInVersion,
): HandInPackage {
  const { files, rules } = umcuSubmission[template.qualification];
  const portfolio: HandInPart[] = [
    { kind: 'cover' },
    { kind: 'contents' },
    ...template.sections.map((s): HandInPart => ({ kind: 'section', sectionId: s.id })),
  ];
  const appendices: HandInPart[] = [
    { kind: 'appendix-list' },
    ...appendixOrder(template, content).map(
      (evidenceId, i): HandInPart => ({ kind: 'appendix', number: i + 1, evidenceId }),
    ),
  ];
  const parts = (what: string) => [template.qualification, what, slug(teacherName), suffixOf(version)];
  // a name of only punctuation leaves no slug: then no empty part either
  const name = (what: string) => `${parts(what).filter(Boolean).join('-')}.pdf`;
  const out: HandInFile[] =
    files === 'two'
      ? [
          { role: 'portfolio', fileName: name('portfolio'), parts: portfolio },
          { role: 'appendices', fileName: name('bijlagen'), parts: appendices },
        ]
      : [{ role: 'combined', fileName: name('portfolio'), parts: [...portfolio, ...appendices] }];
  return { rules, files: out };
}

/**
 * Which of a week's deadlines still concern the trajectory: the draft deadline while another draft is due
 * (no draft with the adviser and no "convincing" verdict yet), the final deadline until the final is in.
 */
function openDeadlines(state: TrajectoryState, lastVerdict: FeedbackVerdict | null): ('draft' | 'final')[] {
  const working = ['portfolio-in-progress', 'feedback-given', 'revising'].includes(state);
  const deadlines: ('draft' | 'final')[] = [];
  if (working && lastVerdict !== 'convincing') deadlines.push('draft');
  if (working || state === 'draft-handed-in') deadlines.push('final');
  return deadlines;
}

/** Reminders a week and a day before each deadline that still concerns the trajectory (issue 5, item 7). */
export function remindersFor(
  week: AssessmentWeek,
  state: TrajectoryState,
  lastVerdict: FeedbackVerdict | null,
): Reminder[] {
  return openDeadlines(state, lastVerdict).flatMap((deadline) => {
    const deadlineOn = deadline === 'draft' ? week.draftDeadline : week.finalDeadline;
    return ([7, 1] as const).map((daysBefore) => ({
      deadline,
      deadlineOn,
      sendOn: addDays(deadlineOn, -daysBefore),
      daysBefore,
    }));
  });
}

/** The reminders to send today. */
export function remindersDue(
  week: AssessmentWeek,
  state: TrajectoryState,
  lastVerdict: FeedbackVerdict | null,
  today: string,
): Reminder[] {
  return remindersFor(week, state, lastVerdict).filter((r) => r.sendOn === today);
}
