import type { Language } from '../../../../contracts/common.js';
import type { Advice } from '../../../../contracts/qualifications.js';
import type { AdviceOutcome } from './domain/advise.js';

export function presentAdvice(
  policy: { id: string; version: string },
  outcome: AdviceOutcome,
  language: Language,
): Advice {
  return {
    policy,
    qualifications: outcome.qualifications.map((q) => ({
      code: q.code,
      status: q.status,
      rules: q.rules,
      explanation: q.explanation[language],
      ...(q.held ? { held: true as const } : {}),
    })),
    notes: outcome.notes.map((n) => ({ rule: n.rule, text: n.text[language] })),
  };
}
