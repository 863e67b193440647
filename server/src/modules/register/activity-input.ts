import type { Language } from '../../../../contracts/common.js';
import type { RegisterActivityInput } from '../../../../contracts/register.js';
import { format } from '../../platform/i18n/language.js';
import { activityProblems, withoutUnusedFields } from './domain/dossier.js';
import { toTenths } from './domain/tenths.js';
import { activityProblemMessages, dossierError } from './dossier.errors.js';
import type { ActivityValues, PointsRow } from './dossier.repository.js';

// An activity as a teacher sends it, checked against the rules of its kind and turned into what is stored.

/**
 * Refuses an activity that breaks a rule of its kind, naming every field with its message in the caller's
 * language and the rule id; details shaped like a validation failure's, so a form handles both alike.
 */
export function assertActivityValid(activity: RegisterActivityInput, language: Language): void {
  const problems = activityProblems(activity);
  if (problems.length === 0) return;
  const params = { kind: activity.kind, date: activity.date };
  const issues = problems.map((p) => ({
    field: p.field,
    message: format(activityProblemMessages[p.code][language], { ...params, rule: p.rule ?? '' }),
    ...(p.rule ? { rule: p.rule } : {}),
  }));
  throw dossierError(
    'REGISTER_ACTIVITY_INVALID',
    { fields: [...new Set(issues.map((i) => i.field))].join(', ') },
    { issues },
  );
}

/** The stored form: hours and points in tenths, fields the kind does not use left empty. */
export function storedActivity(input: RegisterActivityInput): {
  values: ActivityValues;
  points: PointsRow[];
} {
  const a = withoutUnusedFields(input);
  return {
    values: {
      kind: a.kind,
      otherDescription: a.otherDescription ?? null,
      title: a.title,
      startDate: a.startDate ?? null,
      date: a.date,
      hoursTenths: toTenths(a.hours),
      content: a.content,
      level: a.level,
      relevance: a.relevance ?? null,
      description: a.description ?? null,
      application: a.application ?? null,
      halfDays: a.halfDays ?? null,
      words: a.words ?? null,
      committee: a.group ?? null,
      delivery: a.delivery,
      testPassed: a.testPassed,
    },
    points: a.accreditationPoints.map((p) => ({ scheme: p.scheme, pointsTenths: toTenths(p.points) })),
  };
}
