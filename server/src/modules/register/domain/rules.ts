import type { RegisterRuleId } from '../../../../../contracts/register.js';
import type { Localized } from './catalogue.js';

// What each rule the hours engine cites says, in the seed's words (seed 003, "5. Omvang en waardering")
// and in English (domain.md §5), so a page can explain why an activity counts less than its hours.

export const ruleTexts: Record<RegisterRuleId, Localized> = {
  'R-REG-NORM-1': {
    nl: 'Ten minste 160 RU over een periode van vier jaar; activiteiten buiten de periode tellen niet mee.',
    en: 'At least 160 RU over a period of four years; activities outside the period do not count.',
  },
  'R-REG-NORM-2': {
    nl: 'Ten minste 100 RU daarvan op het primaire proces: vakinhoudelijk, (vak)didactisch of pedagogisch.',
    en: 'At least 100 RU of those on the primary process: subject content, (subject) didactics or pedagogy.',
  },
  'R-REG-NORM-3': {
    nl: 'Voor de sector vo: ten minste 40 RU daarvan vakinhoudelijk.',
    en: 'For secondary education (vo): at least 40 RU of those on subject content.',
  },
  'R-REG-CAP-1': {
    nl: '(G)MR/OR-werkzaamheden: 6 RU per schooljaar.',
    en: 'Participation or works council work ((G)MR/OR): 6 RU per school year.',
  },
  'R-REG-CAP-2': {
    nl: 'Ontwikkelen en geven van een na/bijscholingscursus: 1 RU per ontwikkel/belastinguur.',
    en: 'Developing and giving a further-training course: 1 RU per hour of development or teaching.',
  },
  'R-REG-CAP-3': {
    nl: 'Examenbespreking: maximaal 3 RU per bijeenkomst.',
    en: 'Examination meeting: at most 3 RU per meeting.',
  },
  'R-REG-CAP-4': {
    nl: 'Commissiewerk buiten de eigen school: 6 RU per commissie per schooljaar.',
    en: 'Committee work outside your own school: 6 RU per committee per school year.',
  },
  'R-REG-CAP-5': {
    nl: 'Vergadering van een onderwijsvakorganisatie: 1 RU per dagdeel.',
    en: 'Meeting of an education trade organisation: 1 RU per half-day.',
  },
  'R-REG-CAP-6': {
    nl: 'Onderwijsgerelateerde bestuurlijke functie: 6 RU per schooljaar.',
    en: 'Education-related board position: 6 RU per school year.',
  },
  'R-REG-CAP-7': {
    nl: 'Geplaatst artikel: 12 RU per artikel van minimaal 1000 woorden; een korter artikel telt niet.',
    en: 'Placed article: 12 RU per article of at least 1000 words; a shorter one does not count.',
  },
  'R-REG-CAP-8': {
    nl: 'EHB(S)O/BHV telt alleen voor leraren LO, maximaal 12 RU per schooljaar.',
    en: 'First aid (EHBO/BHV) counts only for PE teachers, at most 12 RU per school year.',
  },
  'R-REG-CAP-9': {
    nl: 'Cursus Engels op een school voor tweetalig onderwijs (niet de leraar Engels): de helft van de uren, als vakinhoudelijk; elders telt hij niet.',
    en: 'English course at a bilingual school (not the English teacher): half the hours, as subject content; elsewhere it does not count.',
  },
  'R-REG-AUDIT-1': {
    nl: 'Bij de steekproef afgekeurd: een zelf ingevoerde activiteit die de beoordelaar afkeurt, telt niet mee.',
    en: 'Rejected in the audit by sample: a self-entered activity the assessor rejects does not count.',
  },
};
