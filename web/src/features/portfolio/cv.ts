import type { CompetencyArea } from '../../../../contracts/qualifications.js';
import { CvTask, type TeachingForm } from '../../../../contracts/trajectories.js';

// One row of the teaching CV (R-UMCU-PF-1: content, form, target group, period, hours) as the form holds
// it, checked against the contract before it joins the list, so a saved CV never fails on a row.

export interface CvRowValues {
  id: string;
  content: string;
  form: TeachingForm | null;
  targetGroup: string;
  from: string;
  until: string;
  hoursPerYear: number | '';
  areas: CompetencyArea[];
}

export type CvRowField = Exclude<keyof CvRowValues, 'id'>;
/** why a field is wrong: a key under `portfolio.cv.errors` */
export type CvRowError = 'required' | 'untilBeforeFrom' | 'invalid';

export const emptyCvRow = (id: string): CvRowValues => ({
  id,
  content: '',
  form: null,
  targetGroup: '',
  from: '',
  until: '',
  hoursPerYear: '',
  areas: [],
});

export const cvRowOf = (task: CvTask): CvRowValues => ({ ...task, until: task.until ?? '' });

/** The task of a filled-in row, or the fields that are wrong and why. */
export function cvTaskOf(
  row: CvRowValues,
): { ok: true; task: CvTask } | { ok: false; errors: Partial<Record<CvRowField, CvRowError>> } {
  const errors: Partial<Record<CvRowField, CvRowError>> = {};
  if (row.content.trim() === '') errors.content = 'required';
  if (row.form === null) errors.form = 'required';
  if (row.targetGroup.trim() === '') errors.targetGroup = 'required';
  if (row.from === '') errors.from = 'required';
  if (row.hoursPerYear === '') errors.hoursPerYear = 'required';
  if (row.from !== '' && row.until !== '' && row.until < row.from) errors.until = 'untilBeforeFrom';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const parsed = CvTask.safeParse({ ...row, until: row.until === '' ? null : row.until });
  if (parsed.success) return { ok: true, task: parsed.data };
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as CvRowField;
    errors[field] ??= 'invalid';
  }
  return { ok: false, errors };
}

/** The row replaced (same id) or added at the end. */
export function withTask(tasks: readonly CvTask[], task: CvTask): CvTask[] {
  return tasks.some((t) => t.id === task.id)
    ? tasks.map((t) => (t.id === task.id ? task : t))
    : [...tasks, task];
}

/** Whether the list differs from the saved one (order counts: it is the CV's order). */
export const cvChanged = (saved: readonly CvTask[], edited: readonly CvTask[]) =>
  JSON.stringify(saved) !== JSON.stringify(edited);
