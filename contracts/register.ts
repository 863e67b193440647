import { z } from 'zod';
import { IsoDate, Uuid } from './common.js';
import { Moment } from './qualifications.js';

// The teachers' register (seed 003, domain.md §5): professional development activities, register hours
// (RU) and the re-registration norm. The check endpoint is a public contract that other systems call:
// change it only by adding.

/** Sectors of Dutch education the register serves: primary, secondary, vocational, special (s(v)o). */
export const sectors = ['po', 'vo', 'mbo', 'so'] as const;
export const Sector = z.enum(sectors);
export type Sector = z.infer<typeof Sector>;

/**
 * What an activity is about (R-REG-CONTENT-1): subject content, (subject) didactics and pedagogy together
 * make the primary process; `general` is general professional development.
 */
export const contentKinds = ['subject', 'didactic', 'pedagogical', 'general'] as const;
export const ContentKind = z.enum(contentKinds);
export type ContentKind = z.infer<typeof ContentKind>;

/**
 * The kinds of activity, exactly as the seed lists them (R-REG-TYPE-1): the formal types 1–4, the
 * sub-kinds of types 5–7 (5.5b and 6.5b are the seed's "zelf invullen", the "other" of their type), and
 * two kinds with a rule of their own: certified first aid (R-REG-CAP-8) and an English course at a
 * bilingual school (R-REG-CAP-9). Labels and counting rules: the register module's domain catalogue.
 */
export const activityKinds = [
  '1',
  '2',
  '3',
  '4',
  '5.1a',
  '5.1b',
  '5.1c',
  '5.1d',
  '5.1e',
  '5.2a',
  '5.2b',
  '5.2c',
  '5.2d',
  '5.3a',
  '5.3b',
  '5.3c',
  '5.4a',
  '5.4b',
  '5.4c',
  '5.4d',
  '5.4e',
  '5.5a',
  '5.5b',
  '6.1a',
  '6.1b',
  '6.1c',
  '6.1d',
  '6.1e',
  '6.2a',
  '6.2b',
  '6.2c',
  '6.2d',
  '6.2e',
  '6.2f',
  '6.3a',
  '6.3b',
  '6.4a',
  '6.4b',
  '6.4c',
  '6.4d',
  '6.4e',
  '6.5a',
  '6.5b',
  '7.1a',
  '7.1b',
  '7.2a',
  '7.2b',
  '7.3a',
  '7.4a',
  '7.4b',
  '7.4c',
  '7.4d',
  '7.5a',
  '7.5b',
  '7.5c',
  '7.6a',
  '7.6b',
  'first-aid',
  'english-course',
] as const;
export const ActivityKind = z.enum(activityKinds);
export type ActivityKind = z.infer<typeof ActivityKind>;

/** The fields a kind cannot be counted without; any other kind ignores them. */
export const fieldNeededByKind = {
  '6.2e': 'group', // R-REG-CAP-4: per committee
  '6.4a': 'halfDays', // R-REG-CAP-5: per half-day
  '7.4a': 'words', // R-REG-CAP-7: at least 1000 words
  '7.4b': 'words',
} as const satisfies Partial<Record<ActivityKind, 'halfDays' | 'words' | 'group'>>;

/** Every rule id (domain.md §5) an answer of the hours engine can cite. */
export const registerRuleIds = [
  'R-REG-NORM-1',
  'R-REG-NORM-2',
  'R-REG-NORM-3',
  'R-REG-CAP-1',
  'R-REG-CAP-2',
  'R-REG-CAP-3',
  'R-REG-CAP-4',
  'R-REG-CAP-5',
  'R-REG-CAP-6',
  'R-REG-CAP-7',
  'R-REG-CAP-8',
  'R-REG-CAP-9',
  'R-REG-AUDIT-1',
] as const;
export const RegisterRuleId = z.enum(registerRuleIds);
export type RegisterRuleId = z.infer<typeof RegisterRuleId>;

export const CheckActivity = z
  .object({
    id: z
      .string()
      .min(1)
      .max(100)
      .describe("The caller's own id of the activity; unique within the request, echoed in the answer."),
    kind: ActivityKind.describe(
      'Type "1"…"4" (programme, course, study day, conference), a sub-kind "5.1a"…"7.6b" of the seed, ' +
        '"first-aid" (EHBO/BHV, counts only for a PE teacher) or "english-course" (bilingual school).',
    ),
    date: IsoDate.describe(
      'The day the activity took place or was completed; it decides the period and the school year.',
    ),
    hours: z
      .number()
      .min(0)
      .max(10_000)
      .describe('Clock hours invested, preparation included (1 RU = 1 hour); rounded to one decimal.'),
    content: ContentKind.describe(
      'What the activity is about: subject, didactic and pedagogical are the primary process; general is ' +
        'general professional development. An English course always counts as subject content.',
    ),
    halfDays: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .optional()
      .describe('Half-days (dagdelen) the meeting took; needed for 6.4a (1 RU per half-day).'),
    words: z
      .number()
      .int()
      .min(0)
      .max(10_000_000)
      .optional()
      .describe('Length of the placed article in words; needed for 7.4a and 7.4b (at least 1000).'),
    group: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe(
        'Name of the committee; needed for 6.2e (6 RU per committee per school year). Compared without ' +
          'regard to case or spacing.',
      ),
  })
  .strict()
  .superRefine((activity, ctx) => {
    const needed = (fieldNeededByKind as Partial<Record<ActivityKind, keyof typeof activity>>)[activity.kind];
    if (needed && activity[needed] === undefined) {
      // Reported as zod's own "expected …, received undefined", so it is worded in the request's language.
      ctx.addIssue({
        code: 'invalid_type',
        expected: needed === 'group' ? 'string' : 'number',
        input: undefined,
        path: [needed],
      });
    }
  });
export type CheckActivity = z.infer<typeof CheckActivity>;

export const TeacherFacts = z
  .object({
    peTeacher: z
      .boolean()
      .default(false)
      .describe('A PE teacher (leraar LO): only they may count first aid (R-REG-CAP-8). Absent: false.'),
    bilingualSchool: z
      .boolean()
      .default(false)
      .describe(
        'Teaches at a bilingual school (tto) other than as the English teacher: only they may count an ' +
          'English course, at half its hours (R-REG-CAP-9). Absent: false.',
      ),
  })
  .strict();
export type TeacherFacts = z.infer<typeof TeacherFacts>;

export const RegisterCheckRequest = z
  .object({
    sector: Sector.describe('po, vo, mbo or so; vo adds the subject-content norm (R-REG-NORM-3).'),
    periodEnd: IsoDate.describe(
      'Last day of the four-year period; the period is (periodEnd − 4 years, periodEnd].',
    ),
    teacher: TeacherFacts.default({ peTeacher: false, bilingualSchool: false }).describe(
      'Facts about the teacher that caps depend on. Absent: neither.',
    ),
    activities: z.array(CheckActivity).max(5000).describe('The activities, each with a unique id.'),
  })
  .strict();
export type RegisterCheckRequest = z.infer<typeof RegisterCheckRequest>;
export type RegisterCheckRequestInput = z.input<typeof RegisterCheckRequest>;

/** Register hours: one decimal. */
const Ru = z.number();

export const RegisterShortfall = z.object({
  rule: RegisterRuleId,
  missingRU: Ru,
});
export type RegisterShortfall = z.infer<typeof RegisterShortfall>;

export const CheckedActivity = z.object({
  id: z.string(),
  countedRU: Ru,
  /** the rules that limited or decided the count, in the order applied; empty when counted in full */
  rules: z.array(RegisterRuleId),
});
export type CheckedActivity = z.infer<typeof CheckedActivity>;

export const RegisterCheck = z.object({
  period: z.object({ start: IsoDate, end: IsoDate }),
  totalRU: Ru,
  primaryRU: Ru,
  subjectRU: Ru,
  meetsNorm: z.boolean(),
  /** one entry per norm not met, in rule order; empty when the norm is met */
  shortfalls: z.array(RegisterShortfall),
  /** in the order of the request */
  activities: z.array(CheckedActivity),
});
export type RegisterCheck = z.infer<typeof RegisterCheck>;

// ---------------------------------------------------------------------------------------------------------
// The dossier (issue 4 part B): what a teacher records and keeps. Value lists shared by the tables, the API
// and the web app.

/**
 * The level of an activity (R-REG-LEVEL-1): at least higher-professional bachelor (EQF 6), or below it,
 * which a teacher may still enter when it is demonstrably relevant (then a relevance statement is needed).
 */
export const activityLevels = ['bachelor-or-higher', 'below-bachelor'] as const;
export const ActivityLevel = z.enum(activityLevels);
export type ActivityLevel = z.infer<typeof ActivityLevel>;

/**
 * How an organised activity was followed (R-REG-EVID-3): mostly contact hours, online, or mostly self-study
 * with few contact hours. The last two must end with a passed test, exam or assignment.
 */
export const activityDeliveries = ['contact', 'online', 'mostly-self-study'] as const;
export const ActivityDelivery = z.enum(activityDeliveries);
export type ActivityDelivery = z.infer<typeof ActivityDelivery>;

/** How a provider's attendance was matched to a teacher (R-REG-EVID-1): by e-mail or register number. */
export const attendanceMatches = ['email', 'register-number'] as const;
export const AttendanceMatch = z.enum(attendanceMatches);
export type AttendanceMatch = z.infer<typeof AttendanceMatch>;

/**
 * The states of one sampled teacher's audit (R-REG-AUDIT-1): drawn, being reviewed, teacher notified of
 * the decisions, teacher responded (once), closed with a decision.
 */
export const auditReviewStatuses = ['drawn', 'in-review', 'notified', 'responded', 'closed'] as const;
export const AuditReviewStatus = z.enum(auditReviewStatuses);
export type AuditReviewStatus = z.infer<typeof AuditReviewStatus>;

/** An auditor's decision on one activity of a sampled dossier. */
export const activityDecisions = ['accepted', 'rejected'] as const;
export const ActivityDecision = z.enum(activityDecisions);
export type ActivityDecision = z.infer<typeof ActivityDecision>;

/** The decision that closes an audit. */
export const auditOutcomes = ['approved', 'not-approved'] as const;
export const AuditOutcome = z.enum(auditOutcomes);
export type AuditOutcome = z.infer<typeof AuditOutcome>;

/** A short text someone types: trimmed, not empty. */
const Typed = (max: number) => z.string().trim().min(1).max(max);

/** A teacher's register facts (`GET|PUT /api/v1/me/register/settings`). */
export const RegisterSettingsInput = z
  .object({
    sector: Sector.describe('po, vo, mbo or so: vo adds the subject-content norm (R-REG-NORM-3).'),
    peTeacher: z.boolean().default(false).describe('A PE teacher (leraar LO), for first aid (R-REG-CAP-8).'),
    bilingualSchool: z
      .boolean()
      .default(false)
      .describe('At a bilingual school, not as the English teacher, for an English course (R-REG-CAP-9).'),
    registerNumber: Typed(50)
      .nullable()
      .default(null)
      .describe('My number in the teachers’ register; providers may register my attendance by it.'),
    periodEnd: IsoDate.nullable()
      .default(null)
      .describe('The last day of my current four-year period: progress and audits count up to it.'),
  })
  .strict();
export type RegisterSettingsInput = z.infer<typeof RegisterSettingsInput>;
export type RegisterSettingsInputRaw = z.input<typeof RegisterSettingsInput>;

export const RegisterSettings = z.object({
  /** null until the teacher filled the settings in */
  sector: Sector.nullable(),
  peTeacher: z.boolean(),
  bilingualSchool: z.boolean(),
  registerNumber: z.string().nullable(),
  periodEnd: IsoDate.nullable(),
  updatedAt: Moment.nullable(),
});
export type RegisterSettings = z.infer<typeof RegisterSettings>;

/** Points in another accreditation scheme (ABAN, GAIA, …), kept beside RU and never added to them. */
export const AccreditationPoints = z
  .object({
    scheme: Typed(50).describe('The scheme as people write it, e.g. "ABAN"; compared without case.'),
    points: z.number().min(0).max(10_000).describe('Rounded to one decimal.'),
  })
  .strict();
export type AccreditationPoints = z.infer<typeof AccreditationPoints>;

/**
 * An activity as a teacher records or changes it. Which fields a kind needs, the level rule and the
 * passed-test rule are checked by the server, which names every field that breaks one, with the rule id.
 */
export const RegisterActivityInput = z
  .object({
    kind: ActivityKind.describe('As in the check; "5.5b" and "6.5b" are "other" and need otherDescription.'),
    otherDescription: Typed(500)
      .optional()
      .describe('What the activity was, for the "other" kinds 5.5b and 6.5b; ignored for other kinds.'),
    title: Typed(300),
    startDate: IsoDate.optional().describe('First day, for an activity of several days.'),
    date: IsoDate.describe('The day it took place or was completed: decides the period and the school year.'),
    hours: z.number().min(0).max(10_000).describe('Clock hours invested, preparation included; one decimal.'),
    content: ContentKind,
    level: ActivityLevel.default('bachelor-or-higher').describe(
      'Below bachelor level needs a relevance statement (R-REG-LEVEL-1).',
    ),
    relevance: Typed(4000)
      .optional()
      .describe('Why it matters for my teaching (R-REG-EVID-2); needed below bachelor level.'),
    description: Typed(4000).optional().describe('A short description of the content (R-REG-EVID-4).'),
    application: Typed(4000)
      .optional()
      .describe('What I did or will do with it in my teaching (R-REG-EVID-4).'),
    halfDays: z.number().int().min(1).max(1000).optional().describe('Needed for 6.4a (R-REG-CAP-5).'),
    words: z.number().int().min(0).max(10_000_000).optional().describe('Needed for 7.4a/b (R-REG-CAP-7).'),
    group: Typed(200).optional().describe('The committee; needed for 6.2e (R-REG-CAP-4).'),
    delivery: ActivityDelivery.default('contact').describe(
      'online and mostly-self-study need a passed test, exam or assignment (R-REG-EVID-3).',
    ),
    testPassed: z.boolean().default(false).describe('Ended with a passed test, exam or assignment.'),
    accreditationPoints: z.array(AccreditationPoints).max(10).default([]),
  })
  .strict();
export type RegisterActivityInput = z.infer<typeof RegisterActivityInput>;
export type RegisterActivityInputRaw = z.input<typeof RegisterActivityInput>;

export const EvidenceFile = z.object({
  id: Uuid,
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  uploadedAt: Moment,
});
export type EvidenceFile = z.infer<typeof EvidenceFile>;

export const RegisterActivity = z.object({
  id: Uuid,
  kind: ActivityKind,
  otherDescription: z.string().nullable(),
  title: z.string(),
  startDate: IsoDate.nullable(),
  date: IsoDate,
  hours: z.number(),
  content: ContentKind,
  level: ActivityLevel,
  relevance: z.string().nullable(),
  description: z.string().nullable(),
  application: z.string().nullable(),
  halfDays: z.number().int().nullable(),
  words: z.number().int().nullable(),
  group: z.string().nullable(),
  delivery: ActivityDelivery,
  testPassed: z.boolean(),
  accreditationPoints: z.array(AccreditationPoints),
  /** a provider's validated activity (R-REG-EVID-1); null when entered by the teacher */
  validated: z
    .object({
      providerActivityId: Uuid,
      number: z.string(),
      provider: z.object({ id: Uuid, name: z.string() }),
    })
    .nullable(),
  /** taken in an audit: no longer changes (R-REG-AUDIT-1) */
  locked: z.boolean(),
  evidence: z.array(EvidenceFile),
  createdAt: Moment,
  updatedAt: Moment,
});
export type RegisterActivity = z.infer<typeof RegisterActivity>;

export const RegisterActivityList = z.object({ items: z.array(RegisterActivity) });
export type RegisterActivityList = z.infer<typeof RegisterActivityList>;

export const ActivityIdParam = z.object({ activityId: Uuid });
export const EvidenceParam = z.object({ activityId: Uuid, evidenceId: Uuid });
export const PersonIdParam = z.object({ personId: Uuid });
export const PersonActivityParam = z.object({ personId: Uuid, activityId: Uuid });
export const PersonEvidenceParam = z.object({ personId: Uuid, activityId: Uuid, evidenceId: Uuid });

export const RegisterProgressQuery = z
  .object({
    periodEnd: IsoDate.optional().describe(
      'Last day of the four-year period; default the one in the settings, else 31 July of this school year.',
    ),
  })
  .strict();

const ByContent = z.object({
  subject: Ru,
  didactic: Ru,
  pedagogical: Ru,
  general: Ru,
});

/** A teacher's progress toward the norm over a period: everything the progress page shows. */
export const RegisterProgress = z.object({
  sector: Sector,
  teacher: z.object({ peTeacher: z.boolean(), bilingualSchool: z.boolean() }),
  period: z.object({ start: IsoDate, end: IsoDate }),
  /** what the norm asks (R-REG-NORM-1…3); subjectRU null outside vo */
  norm: z.object({ totalRU: Ru, primaryRU: Ru, subjectRU: Ru.nullable() }),
  totalRU: Ru,
  primaryRU: Ru,
  subjectRU: Ru,
  meetsNorm: z.boolean(),
  shortfalls: z.array(RegisterShortfall),
  /** counted RU per content kind over the period */
  byContent: ByContent,
  /** each school year (1 August – 31 July) that overlaps the period, oldest first */
  bySchoolYear: z.array(z.object({ schoolYear: z.string(), totalRU: Ru, byContent: ByContent })),
  /** points in other schemes of the activities in the period, per scheme: beside RU, never in them */
  accreditationPoints: z.array(AccreditationPoints),
  /** every activity of the dossier, by date: what it claims, what counts, and the rules that decided */
  activities: z.array(
    z.object({
      id: Uuid,
      title: z.string(),
      kind: ActivityKind,
      date: IsoDate,
      schoolYear: z.string(),
      inPeriod: z.boolean(),
      /** the content it counts as (an English course: subject) */
      content: ContentKind,
      claimedRU: Ru,
      countedRU: Ru,
      /** empty when counted in full; R-REG-NORM-1 alone means outside the period */
      rules: z.array(RegisterRuleId),
      /** rejected in an audit whose decisions are out (R-REG-AUDIT-1): counts 0, with the auditor's rule and reason */
      rejection: z.object({ rule: z.string(), reason: z.string() }).nullable(),
    }),
  ),
});
export type RegisterProgress = z.infer<typeof RegisterProgress>;

const Labels = z.object({ nl: z.string(), en: z.string() });

/** The catalogue of kinds, for forms and explanations (`GET /api/v1/register/catalogue`). */
export const RegisterCatalogue = z.object({
  types: z.array(z.object({ type: z.number().int(), formal: z.boolean(), label: Labels })),
  kinds: z.array(
    z.object({
      kind: ActivityKind,
      type: z.number().int(),
      heading: Labels.nullable(),
      label: Labels,
      /** the seed's remark on how it counts */
      note: Labels.nullable(),
      /** the seed's "zelf invullen": needs otherDescription */
      other: z.boolean(),
      /** the one field this kind cannot be counted without */
      neededField: z.enum(['halfDays', 'words', 'group']).nullable(),
      /** the rule that limits how it counts, if any */
      rule: RegisterRuleId.nullable(),
    }),
  ),
  /** what each rule an answer can cite says */
  rules: z.array(z.object({ id: RegisterRuleId, text: Labels })),
  norm: z.object({ totalRU: Ru, primaryRU: Ru, subjectRU: Ru }),
});
export type RegisterCatalogue = z.infer<typeof RegisterCatalogue>;
