import type { RichText } from '../../../../../contracts/rich-text.js';
import type {
  AssessmentWeek,
  Catalogue,
  CvTask,
  Evidence,
  EvidenceKind,
  PortfolioContent,
  TrajectoryPlan,
  TrajectoryPlanInput,
} from '../../../../../contracts/trajectories.js';
import { TrajectoryPlan as PlanSchema } from '../../../../../contracts/trajectories.js';

// Builders for the unit tests of the domain: defaults plus overrides. The prices are made up; the seed
// leaves them to the registration form.

export const catalogue2026: Catalogue = {
  year: 2026,
  items: [
    {
      kind: 'course',
      id: 'bko-course',
      title: { nl: 'BKO-leergang', en: 'BKO course' },
      qualification: 'BKO',
      priceCents: 250_000,
    },
    {
      kind: 'course',
      id: 'uvo-course',
      title: { nl: 'Leergang UvO', en: 'UvO course' },
      qualification: 'UvO',
      priceCents: 120_000,
    },
    {
      kind: 'course',
      id: 'kko-course',
      title: { nl: 'KKO-leergang', en: 'KKO course' },
      qualification: 'KKO',
      priceCents: 220_000,
    },
    {
      kind: 'course',
      id: 'sko-course',
      title: { nl: 'SKO-leergang', en: 'SKO course' },
      qualification: 'SKO',
      priceCents: 300_000,
    },
    {
      kind: 'module',
      id: 'design',
      title: { nl: 'Onderwijs ontwerpen', en: 'Designing education' },
      priceCents: 60_000,
    },
    { kind: 'module', id: 'testing', title: { nl: 'Toetsen', en: 'Assessment' }, priceCents: 55_050 },
    { kind: 'module', id: 'feedback', title: { nl: 'Feedback geven', en: 'Giving feedback' }, priceCents: 0 },
  ],
  assessmentPriceCents: { BKO: 95_000, UvO: 45_000, KKO: 95_000, SKO: 125_000 },
};

export function plan(overrides: Partial<TrajectoryPlanInput> = {}): TrajectoryPlan {
  return PlanSchema.parse({
    qualification: 'BKO',
    route: 'course',
    schooling: [{ source: 'catalogue', itemId: 'bko-course' }],
    payer: 'teacher',
    ...overrides,
  });
}

export function week(overrides: Partial<AssessmentWeek> = {}): AssessmentWeek {
  return {
    startsOn: '2026-06-15',
    draftDeadline: '2026-04-20',
    finalDeadline: '2026-05-25',
    qualifications: ['BKO', 'KKO', 'SKO', 'UvO'],
    ...overrides,
  };
}

let next = 0;
const id = (prefix: string) => `${prefix}-${++next}`;

export function task(overrides: Partial<CvTask> = {}): CvTask {
  return {
    id: id('task'),
    content: 'Anatomie van het bewegingsapparaat',
    form: 'lecture',
    targetGroup: 'bachelor year 1',
    from: '2022-09-01',
    until: null,
    hoursPerYear: 40,
    areas: ['delivery'],
    ...overrides,
  };
}

export function evidence(kind: EvidenceKind, overrides: Partial<Evidence> = {}): Evidence {
  const evidenceId = overrides.id ?? id('ev');
  return {
    id: evidenceId,
    kind,
    title: `${kind} ${evidenceId}`,
    description: '',
    date: '2025-11-01',
    files: [{ fileId: `file-${evidenceId}`, name: `${evidenceId}.pdf`, mediaType: 'application/pdf' }],
    carriedOverFrom: null,
    ...overrides,
  };
}

/** A reflection of one paragraph with `n` words. */
export function words(n: number): RichText {
  const text = Array.from({ length: n }, (_, i) => `woord${i}`).join(' ');
  return { type: 'doc', content: [{ type: 'paragraph', content: n > 0 ? [{ type: 'text', text }] : [] }] };
}

export function content(overrides: Partial<PortfolioContent> = {}): PortfolioContent {
  return { cv: [], sections: {}, evidence: [], ...overrides };
}
