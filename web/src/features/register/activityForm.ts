import type { Language } from '../../../../contracts/common.js';
import type {
  ActivityDelivery,
  ActivityKind,
  ActivityLevel,
  ContentKind,
  RegisterActivity,
  RegisterActivityInputRaw,
  RegisterCatalogue,
} from '../../../../contracts/register.js';

// The activity form of the dossier, as plain data: what the fields hold, which fields a kind shows, and
// what is sent. The rules themselves (R-REG-LEVEL-1, R-REG-EVID-3, the fields a kind needs) are the
// server's: its refusals name each field, and the form shows them beside that field.

export type KindEntry = RegisterCatalogue['kinds'][number];

/** A number field: empty until something is typed. */
type NumberValue = number | '';

export interface ActivityFormValues {
  kind: ActivityKind | null;
  otherDescription: string;
  title: string;
  startDate: string;
  date: string;
  hours: NumberValue;
  content: ContentKind | null;
  level: ActivityLevel;
  relevance: string;
  description: string;
  application: string;
  halfDays: NumberValue;
  words: NumberValue;
  group: string;
  delivery: ActivityDelivery;
  testPassed: boolean;
  accreditationPoints: { scheme: string; points: NumberValue }[];
}

export const emptyActivityForm = (): ActivityFormValues => ({
  kind: null,
  otherDescription: '',
  title: '',
  startDate: '',
  date: '',
  hours: '',
  content: null,
  level: 'bachelor-or-higher',
  relevance: '',
  description: '',
  application: '',
  halfDays: '',
  words: '',
  group: '',
  delivery: 'contact',
  testPassed: false,
  accreditationPoints: [],
});

/** The form filled with a recorded activity, for changing it. */
export function activityFormOf(activity: RegisterActivity): ActivityFormValues {
  return {
    kind: activity.kind,
    otherDescription: activity.otherDescription ?? '',
    title: activity.title,
    startDate: activity.startDate ?? '',
    date: activity.date,
    hours: activity.hours,
    content: activity.content,
    level: activity.level,
    relevance: activity.relevance ?? '',
    description: activity.description ?? '',
    application: activity.application ?? '',
    halfDays: activity.halfDays ?? '',
    words: activity.words ?? '',
    group: activity.group ?? '',
    delivery: activity.delivery,
    testPassed: activity.testPassed,
    accreditationPoints: activity.accreditationPoints.map(({ scheme, points }) => ({ scheme, points })),
  };
}

/** Professional self-study (type 7) is documented by what it was and what it did for teaching (R-REG-EVID-4). */
const SELF_STUDY_TYPE = 7;

/** Which of the optional fields the form shows for a kind. */
export function fieldsForKind(entry: KindEntry | undefined) {
  return {
    neededField: entry?.neededField ?? null,
    other: entry?.other ?? false,
    // Self-study is not an organised activity followed online or in class: R-REG-EVID-3 does not ask.
    delivery: entry !== undefined && entry.type !== SELF_STUDY_TYPE,
    application: entry?.type === SELF_STUDY_TYPE,
  };
}

export type RequiredField = 'kind' | 'title' | 'date' | 'hours' | 'content';

/** The fields without which there is nothing to send; every other rule is the server's to judge. */
export function missingFields(values: ActivityFormValues): RequiredField[] {
  const missing: RequiredField[] = [];
  if (values.kind === null) missing.push('kind');
  if (values.title.trim() === '') missing.push('title');
  if (values.date === '') missing.push('date');
  if (values.hours === '') missing.push('hours');
  if (values.content === null) missing.push('content');
  return missing;
}

const text = (value: string) => (value.trim() === '' ? undefined : value.trim());
const number = (value: NumberValue) => (value === '' ? undefined : value);

/**
 * What is sent: only the fields the chosen kind uses, so a half-day count typed for 6.4a is not sent after
 * the kind changed to a course. Call only when `missingFields` is empty.
 */
export function activityInputOf(values: ActivityFormValues, entry: KindEntry): RegisterActivityInputRaw {
  const shown = fieldsForKind(entry);
  return {
    kind: entry.kind,
    title: values.title.trim(),
    date: values.date,
    hours: values.hours === '' ? 0 : values.hours,
    content: values.content ?? 'general',
    level: values.level,
    startDate: values.startDate === '' ? undefined : values.startDate,
    otherDescription: shown.other ? text(values.otherDescription) : undefined,
    relevance: text(values.relevance),
    description: text(values.description),
    application: shown.application ? text(values.application) : undefined,
    halfDays: shown.neededField === 'halfDays' ? number(values.halfDays) : undefined,
    words: shown.neededField === 'words' ? number(values.words) : undefined,
    group: shown.neededField === 'group' ? text(values.group) : undefined,
    delivery: shown.delivery ? values.delivery : 'contact',
    testPassed: shown.delivery && values.delivery !== 'contact' ? values.testPassed : false,
    accreditationPoints: values.accreditationPoints
      .filter((row) => row.scheme.trim() !== '' || row.points !== '')
      .map((row) => ({ scheme: row.scheme.trim(), points: row.points === '' ? 0 : row.points })),
  };
}

/**
 * The server's refusal per form field: `body.relevance` → `relevance`,
 * `body.accreditationPoints.0.scheme` → `accreditationPoints.0.scheme`. Empty for any other error.
 */
export function problemsByField(error: unknown): Record<string, string> {
  // Read by shape, not by class: this module stays free of the API client (and the DOM it needs).
  const details = (error as { details?: { issues?: unknown } } | null)?.details;
  const issues = details?.issues;
  if (!Array.isArray(issues)) return {};
  const problems: Record<string, string> = {};
  for (const issue of issues) {
    if (typeof issue?.field !== 'string' || typeof issue.message !== 'string') continue;
    const field = issue.field.replace(/^body\./, '');
    problems[field] = problems[field] ? `${problems[field]} ${issue.message}` : issue.message;
  }
  return problems;
}

export type ActivityStatus = 'recorded' | 'validated' | 'audited';

/** Taken in an audit, validated by a provider (R-REG-EVID-1), or recorded by the teacher (R-REG-AUDIT-1). */
export function activityStatus(activity: Pick<RegisterActivity, 'locked' | 'validated'>): ActivityStatus {
  if (activity.locked) return 'audited';
  if (activity.validated) return 'validated';
  return 'recorded';
}

/** Only what the teacher recorded and no audit took may change. */
export const mayChange = (activity: Pick<RegisterActivity, 'locked' | 'validated'>) =>
  activityStatus(activity) === 'recorded';

/** A kind as the picker and the list name it: "6.2b – Examenbesprekingen", with its heading when it has one. */
export function kindLabel(entry: KindEntry, language: Language): string {
  const code = /^\d/.test(entry.kind) ? `${entry.kind} – ` : '';
  const heading = entry.heading ? `${entry.heading[language]}: ` : '';
  return `${code}${heading}${entry.label[language]}`;
}

/** The picker's options, grouped by type 1–7 in the catalogue's order. */
export function kindGroups(catalogue: RegisterCatalogue, language: Language) {
  return catalogue.types.map((type) => ({
    group: `${type.type}. ${type.label[language]}`,
    items: catalogue.kinds
      .filter((entry) => entry.type === type.type)
      .map((entry) => ({ value: entry.kind, label: kindLabel(entry, language) })),
  }));
}
