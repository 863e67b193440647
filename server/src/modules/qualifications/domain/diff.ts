import type {
  ConditionChange,
  PolicyDocument,
  QualificationCode,
  QualificationRules,
} from '../../../../../contracts/qualifications.js';

// The difference between two policy documents, condition by condition. Conditions are matched by rule id
// within their list; a list may hold the same id more than once (R-UMCU-BKO-2 for professors and for block
// coordinators), so the n-th condition with an id matches the n-th with that id on the other side.

type List = ConditionChange['list'];
type Field = ConditionChange['fields'][number];

interface Keyed {
  list: List;
  rule: string | null;
  occurrence: number;
  position: number;
  value: Record<string, unknown>;
}

export interface QualificationDiff {
  code: QualificationCode;
  change: 'added' | 'removed' | 'changed';
  conditions: ConditionChange[];
}

export interface DocumentDiff {
  identical: boolean;
  orderChanged: boolean;
  qualifications: QualificationDiff[];
  notes: ConditionChange[];
}

/** JSON with object keys sorted, so two documents that differ only in key order compare equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

function keyed(list: List, conditions: readonly Record<string, unknown>[]): Keyed[] {
  const seen = new Map<string | null, number>();
  return conditions.map((value, position) => {
    const rule = typeof value.id === 'string' ? value.id : null;
    const occurrence = (seen.get(rule) ?? 0) + 1;
    seen.set(rule, occurrence);
    return { list, rule, occurrence, position, value };
  });
}

function compareLists(list: List, before: Keyed[], after: Keyed[]): ConditionChange[] {
  const key = (k: Keyed) => `${k.rule ?? ''}#${k.occurrence}`;
  const beforeByKey = new Map(before.map((k) => [key(k), k]));
  const afterKeys = new Set(after.map(key));
  const changes: ConditionChange[] = [];
  for (const a of after) {
    const b = beforeByKey.get(key(a));
    const base = { list, rule: a.rule, occurrence: a.occurrence };
    if (!b) {
      changes.push({ ...base, change: 'added', fields: [], before: null, after: a.value });
      continue;
    }
    const fields: Field[] = [];
    for (const field of ['logic', 'explanation', 'cites', 'rules'] as const) {
      if (!same(b.value[field], a.value[field])) fields.push(field);
    }
    // Order decides the order of the explanations a teacher reads; it changes no status.
    if (b.position !== a.position) fields.push('position');
    if (fields.length > 0)
      changes.push({ ...base, change: 'changed', fields, before: b.value, after: a.value });
  }
  for (const b of before) {
    if (!afterKeys.has(key(b))) {
      changes.push({
        list,
        rule: b.rule,
        occurrence: b.occurrence,
        change: 'removed',
        fields: [],
        before: b.value,
        after: null,
      });
    }
  }
  return changes;
}

function conditionsOf(q: QualificationRules | undefined) {
  return {
    obligatoryWhen: q?.obligatoryWhen ?? [],
    eligibleWhen: q?.eligibleWhen ?? [],
    because: q?.notApplicable.because ?? [],
    otherwise: q ? [q.notApplicable.otherwise] : [],
  };
}

function compareQualification(
  before: QualificationRules | undefined,
  after: QualificationRules | undefined,
): ConditionChange[] {
  const b = conditionsOf(before);
  const a = conditionsOf(after);
  return [
    ...compareLists(
      'obligatoryWhen',
      keyed('obligatoryWhen', b.obligatoryWhen),
      keyed('obligatoryWhen', a.obligatoryWhen),
    ),
    ...compareLists(
      'eligibleWhen',
      keyed('eligibleWhen', b.eligibleWhen),
      keyed('eligibleWhen', a.eligibleWhen),
    ),
    ...compareLists(
      'notApplicable.because',
      keyed('notApplicable.because', b.because),
      keyed('notApplicable.because', a.because),
    ),
    ...compareLists(
      'notApplicable.otherwise',
      keyed('notApplicable.otherwise', b.otherwise),
      keyed('notApplicable.otherwise', a.otherwise),
    ),
  ];
}

/**
 * What `after` changes compared with `before` (the version in force): per qualification, the conditions
 * added, removed or changed (and which of their parts), and the same for the notes. `before` null: there
 * is nothing to compare with, so everything is added.
 */
export function diffPolicyDocuments(before: PolicyDocument | null, after: PolicyDocument): DocumentDiff {
  const beforeQs = new Map((before?.qualifications ?? []).map((q) => [q.code, q]));
  const afterQs = new Map(after.qualifications.map((q) => [q.code, q]));
  const qualifications: QualificationDiff[] = [];
  for (const q of after.qualifications) {
    const b = beforeQs.get(q.code);
    const conditions = compareQualification(b, q);
    if (!b) qualifications.push({ code: q.code, change: 'added', conditions });
    else if (conditions.length > 0) qualifications.push({ code: q.code, change: 'changed', conditions });
  }
  for (const q of before?.qualifications ?? []) {
    if (!afterQs.has(q.code)) {
      qualifications.push({
        code: q.code,
        change: 'removed',
        conditions: compareQualification(q, undefined),
      });
    }
  }
  const notes = compareLists('notes', keyed('notes', before?.notes ?? []), keyed('notes', after.notes));
  const commonBefore = (before?.qualifications ?? []).map((q) => q.code).filter((c) => afterQs.has(c));
  const commonAfter = after.qualifications.map((q) => q.code).filter((c) => beforeQs.has(c));
  const orderChanged = commonBefore.join() !== commonAfter.join();
  return {
    identical: before !== null && same(before, after),
    orderChanged,
    qualifications,
    notes,
  };
}
