import { LogicEngine } from 'json-logic-engine';
import { languages } from '../../../../../contracts/common.js';
import {
  type Localized,
  PolicyDocument,
  type QualificationCode,
  qualificationCodes,
} from '../../../../../contracts/qualifications.js';
import { zodMessage } from '../../../platform/i18n/zod-messages.js';
import { type Facts, factFields } from './facts.js';

// Turns a policy document (data) into functions, once per policy version: JSON Logic compiled by
// json-logic-engine into JavaScript, so evaluating a profile is a few function calls.

const engine = new LogicEngine();

export interface DocumentIssue {
  /** where in the document, e.g. `qualifications.0.obligatoryWhen.1.logic` */
  path: string;
  /** what is wrong, in Dutch and English: the administrator reads it in the interface language */
  message: Localized;
}

/** A document that is not a valid policy: every problem found, each with its place. */
export class PolicyDocumentError extends Error {
  constructor(readonly issues: DocumentIssue[]) {
    super(`invalid policy document: ${issues.map((i) => `${i.path}: ${i.message.en}`).join('; ')}`);
    this.name = 'PolicyDocumentError';
  }
}

/** A condition failed while evaluating a profile; compilation's trial runs make this rare. */
export class PolicyEvaluationError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`policy condition ${path} failed: ${describe(cause)}`);
    this.name = 'PolicyEvaluationError';
  }
}

export interface CompiledCondition {
  /** the deciding rule id; absent on a not-applicable reason that no rule decides */
  id: string | undefined;
  /** `id` followed by the ids it cites */
  rules: readonly string[];
  explanation: Localized;
  holds(facts: Facts): boolean;
}

export interface CompiledQualification {
  code: QualificationCode;
  obligatoryWhen: readonly CompiledCondition[];
  eligibleWhen: readonly CompiledCondition[];
  notApplicableBecause: readonly CompiledCondition[];
  otherwise: { rules: readonly string[]; explanation: Localized };
}

export interface CompiledPolicy {
  qualifications: readonly CompiledQualification[];
  notes: readonly (CompiledCondition & { id: string })[];
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  // json-logic-engine throws plain objects such as { type: 'Unknown Operator', key: 'foo' }.
  if (error && typeof error === 'object') {
    const { type, key } = error as { type?: unknown; key?: unknown };
    if (typeof type === 'string')
      return key === undefined ? type.toLowerCase() : `${type.toLowerCase()} "${key}"`;
  }
  return String(error);
}

// Operators whose later arguments are evaluated per element: `var` there names the element's fields.
const ITERATORS = new Set(['some', 'all', 'none', 'map', 'filter', 'reduce', 'every']);
// Ways to read data other than a literal `var`: refused, so every name a condition reads can be checked.
const UNCHECKED_READS = new Set(['val', 'get', 'missing', 'missing_some', 'exists', 'eachKey']);

/**
 * The names a condition reads must exist, or a typo (`teachingFTE`) would silently read null and the
 * condition would never hold. `status.X` may only name a qualification decided before this condition.
 */
function checkReads(
  logic: unknown,
  statusAllowed: ReadonlySet<string>,
  report: (message: Localized) => void,
) {
  const checkPath = (path: unknown) => {
    if (typeof path !== 'string') {
      report({
        nl: 'een "var" moet een veld noemen met een letterlijke tekst',
        en: 'a "var" must name a field as a literal string',
      });
      return;
    }
    const [root = '', sub, ...rest] = path.split('.');
    if (!(root in factFields)) {
      const known = Object.keys(factFields).join(', ');
      report({
        nl: `leest het onbekende veld "${path}"; bekend zijn: ${known}`,
        en: `reads unknown field "${path}"; known: ${known}`,
      });
      return;
    }
    if (root === 'status') {
      if (sub === undefined || rest.length > 0 || !statusAllowed.has(sub)) {
        const allowed = [...statusAllowed].join(', ');
        report({
          nl: `leest "${path}"; alleen de status van een eerder besliste kwalificatie is te lezen (${allowed || 'geen'})`,
          en: `reads "${path}"; only the status of a qualification decided earlier can be read (${allowed || 'none'})`,
        });
      }
      return;
    }
    const subfields = factFields[root as keyof Facts];
    if (sub === undefined) return;
    if (!subfields.includes(sub) || rest.length > 0)
      report({ nl: `leest het onbekende veld "${path}"`, en: `reads unknown field "${path}"` });
  };
  const walk = (node: unknown, perElement: boolean) => {
    if (Array.isArray(node)) {
      for (const n of node) walk(n, perElement);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const entries = Object.entries(node);
    if (entries.length !== 1) return; // the engine refuses it with a clearer message
    const [op, args] = entries[0] as [string, unknown];
    if (UNCHECKED_READS.has(op)) {
      report({
        nl: `de operator "${op}" is hier niet toegestaan; lees velden met "var"`,
        en: `operator "${op}" is not allowed here; read fields with "var"`,
      });
      return;
    }
    if (op === 'var') {
      if (!perElement) checkPath(Array.isArray(args) ? args[0] : args);
      return;
    }
    if (ITERATORS.has(op) && Array.isArray(args)) {
      walk(args[0], perElement);
      for (const a of args.slice(1)) walk(a, true);
      return;
    }
    walk(args, perElement);
  };
  walk(logic, false);
}

const emptyFacts = (): Facts => ({
  employment: { permanent: false, years: 0, scale: null },
  positions: [],
  roles: [],
  teachingFte: 0,
  contactHoursPerYear: 0,
  teachingYears: 0,
  studentsSupervised: 0,
  competencyAreas: [],
  deliveryTasks: [],
  clinicalTrainer: false,
  teachingLicence: false,
  held: [],
  status: {},
});

const fullFacts = (): Facts => ({
  employment: { permanent: true, years: 40, scale: 18 },
  positions: ['full-professor', 'associate-professor', 'teaching-professor', 'teaching-associate-professor'],
  roles: ['block-coordinator', 'programme-coordinator', 'examination-board', 'other-coordinating'],
  teachingFte: 1,
  contactHoursPerYear: 1000,
  teachingYears: 40,
  studentsSupervised: 100,
  competencyAreas: ['design', 'delivery', 'supervision', 'assessment', 'evaluation'],
  deliveryTasks: ['lecture', 'working-group', 'placement-supervision'],
  clinicalTrainer: true,
  teachingLicence: true,
  held: [...qualificationCodes],
  status: Object.fromEntries(qualificationCodes.map((c) => [c, 'eligible'])),
});

interface RawCondition {
  id?: string | undefined;
  cites: string[];
  logic: unknown;
  explanation: Localized;
}

/**
 * Validates a policy document and compiles it. Refuses, with every problem named: a document that does
 * not match the schema, a qualification listed twice, a condition the engine cannot compile, one that
 * reads an unknown field or a status not yet decided, or one that fails on a trial profile.
 */
export function compilePolicy(document: unknown): CompiledPolicy {
  const parsed = PolicyDocument.safeParse(document, { reportInput: true });
  if (!parsed.success) {
    throw new PolicyDocumentError(
      parsed.error.issues.map((i) => ({
        path: i.path.join('.') || '(document)',
        message: Object.fromEntries(languages.map((l) => [l, zodMessage(i, l)])) as Localized,
      })),
    );
  }
  const doc = parsed.data;
  const issues: DocumentIssue[] = [];
  const trials = [emptyFacts(), fullFacts()];

  const compile = (
    raw: RawCondition,
    path: string,
    statusAllowed: ReadonlySet<string>,
  ): CompiledCondition => {
    const report = (message: Localized) => issues.push({ path: `${path}.logic`, message });
    checkReads(raw.logic, statusAllowed, report);
    let fn: (facts: Facts) => unknown = () => false;
    try {
      fn = engine.build(raw.logic) as (facts: Facts) => unknown;
    } catch (error) {
      // The engine's own words stay as they are: they name the operator or value at fault.
      report({ nl: `compileert niet: ${describe(error)}`, en: `does not compile: ${describe(error)}` });
    }
    for (const facts of trials) {
      try {
        fn(facts);
      } catch (error) {
        report({
          nl: `faalt op een proefprofiel: ${describe(error)}`,
          en: `fails on a trial profile: ${describe(error)}`,
        });
        break;
      }
    }
    const where = raw.id ? `${path} (${raw.id})` : path;
    return {
      id: raw.id,
      rules: [...new Set([...(raw.id ? [raw.id] : []), ...raw.cites])],
      explanation: raw.explanation,
      holds(facts) {
        try {
          return engine.truthy(fn(facts)) as boolean;
        } catch (error) {
          throw new PolicyEvaluationError(where, error);
        }
      },
    };
  };

  const seen = new Set<string>();
  const qualifications = doc.qualifications.map((q, i): CompiledQualification => {
    const path = `qualifications.${i}`;
    if (seen.has(q.code)) {
      issues.push({
        path: `${path}.code`,
        message: { nl: `${q.code} staat er twee keer in`, en: `${q.code} is listed twice` },
      });
    }
    const decidedBefore = new Set(seen);
    seen.add(q.code);
    const list = (conditions: RawCondition[], key: string) =>
      conditions.map((c, j) => compile(c, `${path}.${key}.${j}`, decidedBefore));
    return {
      code: q.code,
      obligatoryWhen: list(q.obligatoryWhen, 'obligatoryWhen'),
      eligibleWhen: list(q.eligibleWhen, 'eligibleWhen'),
      notApplicableBecause: list(q.notApplicable.because, 'notApplicable.because'),
      otherwise: {
        rules: q.notApplicable.otherwise.rules,
        explanation: q.notApplicable.otherwise.explanation,
      },
    };
  });
  const notes = doc.notes.map((n, j) => ({ ...compile(n, `notes.${j}`, seen), id: n.id }));

  if (issues.length > 0) throw new PolicyDocumentError(issues);
  return { qualifications, notes };
}
