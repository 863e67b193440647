import type {
  Localized,
  QualificationCode,
  QualificationStatus,
  TeachingProfile,
} from '../../../../../contracts/qualifications.js';
import type { CompiledCondition, CompiledPolicy } from './compile.js';
import { factsOf } from './facts.js';

export interface QualificationOutcome {
  code: QualificationCode;
  status: QualificationStatus;
  /** the rule ids that decided the status, in the policy's order, each once */
  rules: string[];
  explanation: Localized;
  held: boolean;
}

export interface AdviceOutcome {
  qualifications: QualificationOutcome[];
  notes: { rule: string; text: Localized }[];
}

function rulesOf(conditions: readonly CompiledCondition[]): string[] {
  if (conditions.length === 1) return [...(conditions[0] as CompiledCondition).rules];
  return [...new Set(conditions.flatMap((c) => c.rules))];
}

/** Several conditions hold: the teacher reads every reason, in the policy's order. */
function explain(conditions: readonly CompiledCondition[]): Localized {
  if (conditions.length === 1) return (conditions[0] as CompiledCondition).explanation;
  return {
    nl: conditions.map((c) => c.explanation.nl).join(' '),
    en: conditions.map((c) => c.explanation.en).join(' '),
  };
}

/**
 * Which qualification a teacher must or may earn under one policy version, and why. Per qualification,
 * in the policy's order: obligatory when any obligatory condition holds (citing all that hold), else
 * eligible when any eligibility condition holds, else not applicable with the reasons that hold. Holding a
 * qualification changes nothing but the `held` mark (and what conditions that read `held` decide).
 */
export function advise(
  policy: CompiledPolicy,
  profile: TeachingProfile,
  held: readonly QualificationCode[],
): AdviceOutcome {
  const facts = factsOf(profile, held);
  const qualifications = policy.qualifications.map((q): QualificationOutcome => {
    let status: QualificationStatus;
    let rules: string[];
    let explanation: Localized;
    const obligatory = q.obligatoryWhen.filter((c) => c.holds(facts));
    if (obligatory.length > 0) {
      status = 'obligatory';
      rules = rulesOf(obligatory);
      explanation = explain(obligatory);
    } else {
      const eligible = q.eligibleWhen.filter((c) => c.holds(facts));
      if (eligible.length > 0) {
        status = 'eligible';
        rules = rulesOf(eligible);
        explanation = explain(eligible);
      } else {
        status = 'not-applicable';
        const reasons = q.notApplicableBecause.filter((c) => c.holds(facts));
        rules = reasons.length > 0 ? rulesOf(reasons) : [...q.otherwise.rules];
        explanation = reasons.length > 0 ? explain(reasons) : q.otherwise.explanation;
      }
    }
    facts.status[q.code] = status;
    return { code: q.code, status, rules, explanation, held: facts.held.includes(q.code) };
  });
  const notes = policy.notes.filter((n) => n.holds(facts)).map((n) => ({ rule: n.id, text: n.explanation }));
  return { qualifications, notes };
}
