import type { Language } from '../../../../contracts/common.js';
import type { TrajectoryState } from '../../../../contracts/trajectories.js';
import type { TrajectoryOverview } from '../../../../contracts/trajectories-api.js';
import type { AppContext } from '../../platform/context.js';
import { fileNamePart, tableCsv, tableXlsx } from '../../platform/export/spreadsheet.js';
import type { Actor } from '../../platform/http/auth.js';
import { findInstitution } from '../identity/index.js';
import { todayOf } from './access.js';
import { trajectoryOverview } from './trajectory-overview.js';

// The coordinator's overview (issue 5, item 8) as a spreadsheet: the same rows as the page, CSV or XLSX
// (platform/export writes them), in the reader's language.

const words = {
  nl: {
    header: [
      'Docent',
      'Kwalificatie',
      'Fase',
      'Onderwijskundig adviseur',
      'Verwachte beoordelingsweek',
      'Laatst gewijzigd',
    ],
    sheet: 'Trajecten',
    file: 'trajecten',
    states: {
      'intake-requested': 'Intake aangevraagd',
      'intake-planned': 'Intake gepland',
      'cost-approval-pending': 'Kosten wachten op akkoord',
      'cost-declined': 'Kosten afgewezen',
      schooling: 'Scholing',
      'portfolio-in-progress': 'Portfolio in opbouw',
      'draft-handed-in': 'Concept ingeleverd',
      'feedback-given': 'Feedback gegeven',
      revising: 'Portfolio in herziening',
      'final-handed-in': 'Definitieve versie ingeleverd',
      'awaiting-assessment': 'Wacht op beoordeling',
      withdrawn: 'Teruggetrokken',
      cancelled: 'Geannuleerd',
    },
  },
  en: {
    header: [
      'Teacher',
      'Qualification',
      'Stage',
      'Educational adviser',
      'Expected assessment week',
      'Last changed',
    ],
    sheet: 'Trajectories',
    file: 'trajectories',
    states: {
      'intake-requested': 'Intake requested',
      'intake-planned': 'Intake planned',
      'cost-approval-pending': 'Costs awaiting approval',
      'cost-declined': 'Costs declined',
      schooling: 'Schooling',
      'portfolio-in-progress': 'Portfolio in progress',
      'draft-handed-in': 'Draft handed in',
      'feedback-given': 'Feedback given',
      revising: 'Portfolio being revised',
      'final-handed-in': 'Final version handed in',
      'awaiting-assessment': 'Awaiting assessment',
      withdrawn: 'Withdrawn',
      cancelled: 'Cancelled',
    },
  },
} satisfies Record<Language, { states: Record<TrajectoryState, string> } & Record<string, unknown>>;

/** The table: a header row and one row per trajectory, all text; days as ISO dates, Dutch time. */
export function overviewTable(overview: TrajectoryOverview, language: Language): string[][] {
  const w = words[language];
  const rows = overview.items.map((item) => [
    item.teacher.displayName,
    item.qualification ?? item.requestedQualification ?? '',
    w.states[item.state],
    item.adviser?.displayName ?? '',
    item.expectedAssessmentWeek ?? '',
    todayOf(new Date(item.updatedAt)),
  ]);
  return [[...w.header], ...rows];
}

export type OverviewFormat = 'csv' | 'xlsx';

/** The overview as a file, for whoever may see it (the use case decides), with a name saying what and when. */
export async function exportTrajectoryOverview(
  ctx: AppContext,
  actor: Actor,
  opts: { institutionId: string; state?: TrajectoryState },
  format: OverviewFormat,
  language: Language,
): Promise<{ body: Buffer; fileName: string }> {
  const overview = await trajectoryOverview(ctx, actor, opts);
  const institution = await findInstitution(ctx.db, opts.institutionId);
  const w = words[language];
  const parts = [w.file, fileNamePart(institution?.name ?? ''), opts.state, todayOf(ctx.now())];
  const fileName = `${parts.filter(Boolean).join('-')}.${format}`;
  const table = overviewTable(overview, language);
  const body = format === 'csv' ? tableCsv(table) : await tableXlsx(table, w.sheet);
  return { body, fileName };
}
