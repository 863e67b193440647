import type { RegisterCheck } from '../../../../contracts/register.js';
import type { RegisterCount } from './domain/hours.js';
import { fromTenths } from './domain/tenths.js';

/** The engine's count as the public contract answers it: RU with one decimal, activities in input order. */
export function presentCheck(count: RegisterCount): RegisterCheck {
  return {
    period: count.period,
    totalRU: fromTenths(count.totalTenths),
    primaryRU: fromTenths(count.primaryTenths),
    subjectRU: fromTenths(count.subjectTenths),
    meetsNorm: count.meetsNorm,
    shortfalls: count.shortfalls.map((s) => ({ rule: s.rule, missingRU: fromTenths(s.missingTenths) })),
    activities: count.activities.map((a) => ({
      id: a.id,
      countedRU: fromTenths(a.countedTenths),
      rules: a.rules,
    })),
  };
}
