import type { QualificationCode } from '../../../../contracts/qualifications.js';
import type {
  Evidence,
  PortfolioContent,
  TemplateSection,
  TrajectoryEventType,
  TrajectoryState,
} from '../../../../contracts/trajectories.js';
import type { FeedbackInput, VersionComparison } from '../../../../contracts/trajectories-api.js';

// The versions pages as plain data: which files a hand-in has, what the viewer may do with a version, what
// the feedback form sends, and the names behind the ids a comparison answers with.

export type PdfPart = 'portfolio' | 'appendices' | 'combined';

/** BKO, KKO and SKO are handed in as the portfolio and its appendices (R-UMCU-SUB-1), UvO as one file (-2). */
export const pdfParts = (qualification: QualificationCode | null): PdfPart[] =>
  qualification === 'UvO' ? ['combined'] : ['portfolio', 'appendices'];

interface VersionRef {
  number: number;
  kind: 'draft' | 'final';
}

export type VersionAction = 'feedback' | 'final-check' | 'retract' | null;

/**
 * What the viewer can do with version `number` now, by the events the server offers them: only the latest
 * version is ever acted on (feedback belongs to it; the final check and retracting concern it).
 */
export function versionAction(
  events: readonly TrajectoryEventType[],
  versions: readonly VersionRef[],
  number: number,
): VersionAction {
  const latest = versions.reduce<VersionRef | null>((a, v) => (a && a.number > v.number ? a : v), null);
  if (!latest || latest.number !== number) return null;
  if (latest.kind === 'draft' && events.includes('give-feedback')) return 'feedback';
  if (latest.kind === 'final' && events.includes('accept-final')) return 'final-check';
  if (latest.kind === 'draft' && events.includes('retract-draft')) return 'retract';
  return null;
}

/**
 * Why the final version `number` was returned (R-UMCU-ASM-4): the trajectory keeps the reason while it is back
 * in revision and that final version is still the latest.
 */
export function returnReason(
  trajectory: { state: TrajectoryState; reason: string | null },
  versions: readonly VersionRef[],
  number: number,
): string | null {
  const latest = Math.max(...versions.map((v) => v.number));
  const version = versions.find((v) => v.number === number);
  if (version?.kind !== 'final' || number !== latest || trajectory.state !== 'revising') return null;
  return trajectory.reason;
}

/** The two versions a comparison starts with: the one before the latest and the latest. */
export function defaultPair(versions: readonly { number: number }[]): { from: number; to: number } | null {
  const numbers = versions.map((v) => v.number).sort((a, b) => a - b);
  const to = numbers.at(-1);
  const from = numbers.at(-2);
  return to !== undefined && from !== undefined ? { from, to } : null;
}

export interface FeedbackValues {
  verdict: FeedbackInput['verdict'] | null;
  overall: string;
  sections: Record<string, string>;
}

export const emptyFeedback = (sections: readonly TemplateSection[]): FeedbackValues => ({
  verdict: null,
  overall: '',
  sections: Object.fromEntries(sections.map((section) => [section.id, ''])),
});

/** What the feedback form sends: comments trimmed, sections without one left out (R-UMCU-FB-1). */
export function feedbackInput(values: FeedbackValues & { verdict: FeedbackInput['verdict'] }): FeedbackInput {
  const sections = Object.fromEntries(
    Object.entries(values.sections)
      .map(([id, comment]) => [id, comment.trim()] as const)
      .filter(([, comment]) => comment.length > 0),
  );
  return { verdict: values.verdict, overall: values.overall.trim(), sections };
}

/** The evidence a section links, in the order linked; a link to an item that is gone is skipped. */
export function linkedEvidence(content: PortfolioContent, sectionId: string): Evidence[] {
  const byId = new Map(content.evidence.map((item) => [item.id, item]));
  return (content.sections[sectionId]?.evidenceIds ?? []).flatMap((id) => byId.get(id) ?? []);
}

/** A comparison's ids as names: the newer version's title (or CV task) first, else the older one's. */
export function comparisonNames(
  before: PortfolioContent,
  after: PortfolioContent,
): { evidence: (id: string) => string; cvTask: (id: string) => string } {
  const evidence = new Map([...before.evidence, ...after.evidence].map((item) => [item.id, item.title]));
  const tasks = new Map([...before.cv, ...after.cv].map((task) => [task.id, task.content]));
  return { evidence: (id) => evidence.get(id) ?? id, cvTask: (id) => tasks.get(id) ?? id };
}

/** Whether two versions differ at all, so the page can say "nothing changed" instead of empty lists. */
export function anythingChanged(comparison: VersionComparison): boolean {
  const { cv, evidence, sections } = comparison;
  const lists = [cv.added, cv.removed, cv.changed, evidence.added, evidence.removed, evidence.changed];
  return (
    lists.some((list) => list.length > 0) ||
    sections.some((s) => s.textChanged || s.evidenceAdded.length > 0 || s.evidenceRemoved.length > 0)
  );
}
