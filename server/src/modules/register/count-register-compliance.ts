import { type CheckActivity, contentKinds } from '../../../../contracts/register.js';
import type { Db } from '../../platform/db/database.js';
import {
  type AdditiveSums,
  additiveKinds,
  complianceOf,
  type TeacherCompliance,
} from './domain/compliance.js';
import { fromTenths } from './domain/tenths.js';
import { type FactsRow, streamTeacherCounts } from './register-compliance.repository.js';

export interface CountedTeacher {
  facts: FactsRow;
  compliance: TeacherCompliance;
}

/**
 * Register compliance of many teachers — everyone with register settings (`personIds` null) or those
 * named — each over their own period, handed to `onTeacher` one by one. One query, a row per teacher: the
 * database sums the additive kinds per content kind and sends every other activity of the period in the
 * engine's order; the hours engine counts each teacher (`complianceOf`, proven equal to counting the whole
 * dossier) as the next rows are read. A teacher without a period end in their settings is counted up to
 * `defaultPeriodEnd`.
 */
export async function countRegisterCompliance(
  db: Db,
  opts: { personIds: readonly string[] | null; defaultPeriodEnd: string },
  onTeacher: (teacher: CountedTeacher) => void,
): Promise<void> {
  await streamTeacherCounts(db, { ...opts, additiveKinds }, (row) => {
    const [personId, sector, peTeacher, bilingualSchool, periodEnd, periodEndGiven, tenths, rows] = row;
    const facts: FactsRow = { personId, sector, peTeacher, bilingualSchool, periodEnd, periodEndGiven };
    const sums: AdditiveSums = {};
    for (const [i, content] of contentKinds.entries()) {
      const sum = tenths[i];
      if (sum != null) sums[content] = sum;
    }
    const capped: CheckActivity[] = [];
    for (const [kind, date, hoursTenths, content, halfDays, words, committee] of rows ?? []) {
      const activity: CheckActivity = {
        id: String(capped.length),
        kind,
        date,
        hours: fromTenths(hoursTenths),
        content,
      };
      if (halfDays !== null) activity.halfDays = halfDays;
      if (words !== null) activity.words = words;
      if (committee !== null) activity.group = committee;
      capped.push(activity);
    }
    onTeacher({ facts, compliance: complianceOf(facts, sums, capped) });
  });
}
