import type { CheckActivity } from '../../../../contracts/register.js';
import type { Db } from '../../platform/db/database.js';
import {
  type AdditiveSums,
  additiveKinds,
  complianceOf,
  type TeacherCompliance,
} from './domain/compliance.js';
import { fromTenths } from './domain/tenths.js';
import { type FactsRow, findTeacherFacts, streamCountRows } from './register-compliance.repository.js';

export interface CountedTeacher {
  facts: FactsRow;
  compliance: TeacherCompliance;
}

/**
 * Register compliance of many teachers — everyone with register settings (`personIds` null) or those
 * named — each over their own period, handed to `onTeacher` one by one. One query: the database sums the
 * additive kinds per content kind and sends every other activity of the period in the engine's order; the
 * hours engine counts each teacher (`complianceOf`, proven equal to counting the whole dossier). A teacher
 * without a period end in their settings is counted up to `defaultPeriodEnd`.
 */
export async function countRegisterCompliance(
  db: Db,
  opts: { personIds: readonly string[] | null; defaultPeriodEnd: string },
  onTeacher: (teacher: CountedTeacher) => void,
): Promise<void> {
  const facts = new Map(
    (await findTeacherFacts(db, opts.personIds, opts.defaultPeriodEnd)).map((f) => [f.personId, f]),
  );
  let current: FactsRow | undefined;
  let sums: AdditiveSums = {};
  let capped: CheckActivity[] = [];
  const flush = () => {
    if (!current) return;
    onTeacher({ facts: current, compliance: complianceOf(current, sums, capped) });
    facts.delete(current.personId);
  };
  await streamCountRows(db, { ...opts, additiveKinds }, (row) => {
    const [personId, kind, date, tenths, content, halfDays, words, committee] = row;
    if (current?.personId !== personId) {
      flush();
      current = facts.get(personId);
      sums = {};
      capped = [];
    }
    if (kind === null || date === null) {
      sums[content] = Number(tenths);
      return;
    }
    const activity: CheckActivity = {
      id: String(capped.length),
      kind,
      date,
      hours: fromTenths(Number(tenths)),
      content,
    };
    if (halfDays !== null) activity.halfDays = halfDays;
    if (words !== null) activity.words = words;
    if (committee !== null) activity.group = committee;
    capped.push(activity);
  });
  flush();
  // Teachers with nothing in their period.
  for (const rest of facts.values()) onTeacher({ facts: rest, compliance: complianceOf(rest, {}, []) });
}
