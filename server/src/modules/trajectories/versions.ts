import type { QualificationCode } from '../../../../contracts/qualifications.js';
import type { AssessmentWeek, Checklist, PortfolioContent } from '../../../../contracts/trajectories.js';
import type { VersionDetail } from '../../../../contracts/trajectories-api.js';
import type { Executor } from '../../platform/db/database.js';
import { findPeopleNames } from '../identity/index.js';
import type { FeedbackRow, VersionRow, WeekRow } from './trajectories.repository.js';

// Handed-in versions as the API shows them, and assessment weeks as the state machine reads them.

export async function presentVersion(
  db: Executor,
  version: VersionRow,
  feedback: FeedbackRow | null,
): Promise<VersionDetail> {
  const givenBy = feedback
    ? (await findPeopleNames(db, [feedback.givenBy])).get(feedback.givenBy)
    : undefined;
  return {
    number: version.number,
    kind: version.kind,
    handedInAt: version.handedInAt.toISOString(),
    verdict: feedback?.verdict ?? null,
    templateValidFrom: version.templateValidFrom,
    content: version.snapshot as PortfolioContent,
    checklist: version.checklist as Checklist,
    feedback: feedback
      ? {
          verdict: feedback.verdict,
          overall: feedback.overall,
          sections: feedback.sections as Record<string, string>,
          givenBy: { id: feedback.givenBy, displayName: givenBy?.displayName ?? '' },
          givenAt: feedback.givenAt.toISOString(),
        }
      : null,
  };
}

export function weekOf(row: WeekRow): AssessmentWeek {
  return {
    startsOn: row.startsOn,
    draftDeadline: row.draftDeadline,
    finalDeadline: row.finalDeadline,
    qualifications: row.qualifications as QualificationCode[],
  };
}
