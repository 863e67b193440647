import type { RegisterCatalogue } from '../../../../contracts/register.js';
import { activityTypes, catalogue, type KindEntry } from './domain/catalogue.js';
import { neededFieldOf } from './domain/dossier.js';
import { PRIMARY_NORM_TENTHS, SUBJECT_NORM_TENTHS, TOTAL_NORM_TENTHS } from './domain/norm.js';
import { ruleTexts } from './domain/rules.js';
import { fromTenths } from './domain/tenths.js';

/** R-REG-TYPE-1: types 1–4 are the formal forms. */
const FORMAL_TYPES = new Set<KindEntry['type']>([1, 2, 3, 4]);

const ruleOf = (entry: KindEntry) => ('rule' in entry.counting ? entry.counting.rule : null);

/** The catalogue of kinds with the seed's Dutch and English labels, the rules' texts and the norm. */
export function readCatalogue(): RegisterCatalogue {
  return {
    types: Object.entries(activityTypes).map(([type, label]) => ({
      type: Number(type),
      formal: FORMAL_TYPES.has(Number(type) as KindEntry['type']),
      label,
    })),
    kinds: catalogue.map((entry) => ({
      kind: entry.kind,
      type: entry.type,
      heading: entry.heading ?? null,
      label: entry.label,
      note: entry.note ?? null,
      other: entry.other === true,
      neededField: neededFieldOf(entry.kind),
      rule: ruleOf(entry),
    })),
    rules: Object.entries(ruleTexts).map(([id, text]) => ({ id: id as keyof typeof ruleTexts, text })),
    norm: {
      totalRU: fromTenths(TOTAL_NORM_TENTHS),
      primaryRU: fromTenths(PRIMARY_NORM_TENTHS),
      subjectRU: fromTenths(SUBJECT_NORM_TENTHS),
    },
  };
}
