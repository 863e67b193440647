import type { QualificationCode } from '../../../../contracts/qualifications.js';
import type { ChecklistItem, TrajectoryState } from '../../../../contracts/trajectories.js';
import type { AssessmentWeekRecord } from '../../../../contracts/trajectories-api.js';

export type PdfPart = 'portfolio' | 'appendices' | 'combined';

/** The hand-in's files: BKO, KKO and SKO two (R-UMCU-SUB-1), UvO one merged file (R-UMCU-SUB-2). */
export const pdfParts = (qualification: QualificationCode): PdfPart[] =>
  qualification === 'UvO' ? ['combined'] : ['portfolio', 'appendices'];

export type ReadOnlyReason = 'not-teacher' | 'with-adviser' | 'locked' | 'closed' | 'not-started';

/** Why the portfolio cannot be changed now, for the notice above it; null when it can. */
export function readOnlyReason(
  state: TrajectoryState,
  editable: boolean,
  isTeacher: boolean,
): ReadOnlyReason | null {
  if (!isTeacher) return 'not-teacher';
  if (editable) return null;
  if (state === 'draft-handed-in') return 'with-adviser';
  if (state === 'final-handed-in' || state === 'awaiting-assessment') return 'locked';
  if (state === 'withdrawn' || state === 'cancelled') return 'closed';
  return 'not-started';
}

/** Weeks a draft can still sign up for: they assess the qualification and their draft deadline has not passed (R-UMCU-ASM-3). */
export const weeksOpenForDraft = (
  weeks: readonly AssessmentWeekRecord[],
  qualification: QualificationCode,
  today: string,
) =>
  weeks
    .filter((week) => week.qualifications.includes(qualification) && week.draftDeadline >= today)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn));

/** The checklist's colour: complete is green, over halfway yellow, else red-ish orange. */
export function progressColor(progress: number): string {
  if (progress >= 100) return 'teal';
  return progress >= 50 ? 'yellow' : 'orange';
}

/** Unmet requirements first, so what is still to do is on top; otherwise the template's order. */
export const checklistInOrder = (items: readonly ChecklistItem[]) =>
  [...items].sort((a, b) => Number(a.met) - Number(b.met));
