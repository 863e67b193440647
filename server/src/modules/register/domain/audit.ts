import type {
  ActivityDelivery,
  ActivityKind,
  ActivityLevel,
  AuditReviewStatus,
} from '../../../../../contracts/register.js';
import { type EvidenceRuleId, evidenceRuleIds } from '../../../../../contracts/register-audit.js';
import { kindEntry, type Localized } from './catalogue.js';

// The audit of one sampled teacher (R-REG-AUDIT-1), as a state machine:
//
//   drawn ──start review──▶ in-review ──notify──▶ notified ──respond (once)──▶ responded ──close──▶ closed
//                            (decide on each        │                                       ▲
//                             activity)             └──────── close, once the response window has passed
//
// Decisions on activities are made and changed only while in review: what the teacher is notified of is
// what they respond to. The teacher may respond once, within RESPONSE_DAYS after being notified; the audit
// closes after the response, or without one when the window has passed, so no one closes an audit before
// the teacher could answer.

/** Days a teacher has to respond after being notified: two weeks, long enough to find a certificate. */
export const RESPONSE_DAYS = 14;

export type AuditAction = 'start-review' | 'decide' | 'notify' | 'respond' | 'close';

export type AuditRefusal =
  /** the action is not possible in this state */
  | 'wrong-state'
  /** notify or close while an activity has no decision yet */
  | 'undecided-activities'
  /** respond after the response window */
  | 'response-window-closed'
  /** close without a response while the teacher may still respond */
  | 'response-window-open';

export interface AuditState {
  status: AuditReviewStatus;
  /** the day the teacher was notified (Europe/Amsterdam), once notified */
  notifiedOn: string | null;
  /** activities in the review without a decision */
  undecided: number;
}

export type AuditStep = { ok: true; status: AuditReviewStatus } | { ok: false; refusal: AuditRefusal };

const from: Record<AuditAction, readonly AuditReviewStatus[]> = {
  'start-review': ['drawn'],
  decide: ['in-review'],
  notify: ['in-review'],
  respond: ['notified'],
  close: ['notified', 'responded'],
};

const to: Record<AuditAction, AuditReviewStatus | null> = {
  'start-review': 'in-review',
  decide: null,
  notify: 'notified',
  respond: 'responded',
  close: 'closed',
};

/**
 * The states in which an audit's decisions are out (R-REG-AUDIT-1): from the notification on they stand, and
 * a rejected activity counts 0 in the teacher's progress and in compliance. While in review the assessor may
 * still change them and the teacher has not been told, so their figures do not move yet.
 */
export const decisionsOutStatuses = [
  'notified',
  'responded',
  'closed',
] as const satisfies readonly AuditReviewStatus[];

/** The last day a teacher notified on `notifiedOn` may respond. */
export function respondBy(notifiedOn: string): string {
  const [year = 0, month = 1, day = 1] = notifiedOn.split('-').map(Number);
  // Whole UTC days, so no clock change moves the day.
  return new Date(Date.UTC(year, month - 1, day + RESPONSE_DAYS)).toISOString().slice(0, 10);
}

/** What `action` does to the audit on `today` (Europe/Amsterdam): its next status, or why it may not. */
export function auditStep(state: AuditState, action: AuditAction, today: string): AuditStep {
  if (!from[action].includes(state.status)) return { ok: false, refusal: 'wrong-state' };
  if ((action === 'notify' || action === 'close') && state.undecided > 0) {
    return { ok: false, refusal: 'undecided-activities' };
  }
  const windowOpen = state.notifiedOn !== null && today <= respondBy(state.notifiedOn);
  if (action === 'respond' && !windowOpen) return { ok: false, refusal: 'response-window-closed' };
  if (action === 'close' && state.status === 'notified' && windowOpen) {
    return { ok: false, refusal: 'response-window-open' };
  }
  return { ok: true, status: to[action] ?? state.status };
}

// What a non-validated activity must show (seed 003, "7. Aantoonbaarheid en relevantie"). An auditor
// decides on each activity against the rules that apply to it, and a rejection names the rule it rests on.

export { type EvidenceRuleId, evidenceRuleIds };

export const evidenceRules: Record<EvidenceRuleId, Localized> = {
  'R-REG-EVID-2': {
    nl:
      'De leraar geeft zelf de relevantie aan. Het bewijs (diploma, (deel)certificaat, toets- of examenresultaat, ' +
      'bewijs van deelname) noemt de naam van de activiteit, de datum/data en de studiebelasting (contacturen) of RU.',
    en:
      'The teacher states its relevance. The evidence (diploma, (partial) certificate, test or exam result, proof ' +
      'of participation) names the activity, its date(s) and its study load (contact hours) or RU.',
  },
  'R-REG-EVID-3': {
    nl:
      'Een georganiseerde activiteit met veel zelfstudie en weinig contacturen, en online leren, is afgesloten ' +
      'met een behaald tentamen, toets of opdracht.',
    en:
      'An organised activity with much self-study and few contact hours, and online learning, ended with a passed ' +
      'test, exam or assignment.',
  },
  'R-REG-EVID-4': {
    nl:
      'Bij professionele zelfstudie blijkt dat de leraar de activiteit heeft uitgevoerd: gedateerde documentatie, ' +
      'een korte inhoudsbeschrijving, de bestede uren, en wat de leraar ermee in het onderwijs heeft gedaan of gaat doen.',
    en:
      'For professional self-study it shows the teacher did it: dated documentation, a short description of the ' +
      'content, the hours spent, and what the teacher did or will do with it in teaching.',
  },
  'R-REG-LEVEL-1': {
    nl: 'Een activiteit onder bachelorniveau telt alleen als de leraar de relevantie aantoont.',
    en: 'An activity below bachelor level counts only when the teacher shows its relevance.',
  },
};

/** What an auditor sees of an activity to judge its evidence. */
export interface ActivityEvidenceFacts {
  kind: ActivityKind;
  level: ActivityLevel;
  delivery: ActivityDelivery;
  testPassed: boolean;
  relevance: string | null;
  description: string | null;
  application: string | null;
  evidenceFiles: number;
}

/** What the dossier shows for a rule, and what it lacks; the auditor still judges the evidence itself. */
export type EvidenceGap = 'relevance' | 'evidence-file' | 'test-passed' | 'description' | 'application';

export interface EvidenceCheck {
  rule: EvidenceRuleId;
  missing: EvidenceGap[];
}

const blank = (text: string | null) => !text?.trim();

/**
 * The rules an activity is judged against, each with what the dossier visibly lacks for it: R-REG-EVID-2
 * always; R-REG-EVID-3 for online or mostly self-study; R-REG-EVID-4 for professional self-study (type 7);
 * R-REG-LEVEL-1 below bachelor level.
 */
export function evidenceChecks(activity: ActivityEvidenceFacts): EvidenceCheck[] {
  const gaps = (entries: [EvidenceGap, boolean][]) => entries.filter(([, lacks]) => lacks).map(([g]) => g);
  const checks: EvidenceCheck[] = [
    {
      rule: 'R-REG-EVID-2',
      missing: gaps([
        ['relevance', blank(activity.relevance)],
        ['evidence-file', activity.evidenceFiles === 0],
      ]),
    },
  ];
  if (activity.delivery !== 'contact') {
    checks.push({ rule: 'R-REG-EVID-3', missing: gaps([['test-passed', !activity.testPassed]]) });
  }
  if (kindEntry(activity.kind).type === 7) {
    checks.push({
      rule: 'R-REG-EVID-4',
      missing: gaps([
        ['description', blank(activity.description)],
        ['application', blank(activity.application)],
        ['evidence-file', activity.evidenceFiles === 0],
      ]),
    });
  }
  if (activity.level === 'below-bachelor') {
    checks.push({ rule: 'R-REG-LEVEL-1', missing: gaps([['relevance', blank(activity.relevance)]]) });
  }
  return checks;
}
