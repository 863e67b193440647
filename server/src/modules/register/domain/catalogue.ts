import type { ActivityKind } from '../../../../../contracts/register.js';

// The kinds of professional development activity of the teachers' register, with the seed's own Dutch
// words (seed 003, "4. Type" and "5. Omvang en waardering") and a faithful English translation, and how
// each is counted. Every RU figure here cites its rule id in domain.md §5.

export interface Localized {
  nl: string;
  en: string;
}

/** How the register hours of an activity are counted. Amounts are in tenths of an hour (see tenths.ts). */
export type Counting =
  /** R-REG-RU-1: one RU per invested clock hour, preparation included */
  | { by: 'hours' }
  /** R-REG-CAP-2: 1 RU per development or contact hour of a course one develops and gives: every hour counts */
  | { by: 'development-hours'; rule: 'R-REG-CAP-2' }
  /** R-REG-CAP-3: at most 3 RU per meeting; one activity is one meeting */
  | { by: 'meeting'; maxTenths: number; rule: 'R-REG-CAP-3' }
  /** R-REG-CAP-5: 1 RU per half-day (dagdeel) of the meeting, never more than the hours spent */
  | { by: 'half-days'; tenthsPerHalfDay: number; rule: 'R-REG-CAP-5' }
  /** R-REG-CAP-7: 12 RU per placed article of at least 1000 words; a shorter one counts nothing */
  | { by: 'article'; maxTenths: number; minWords: number; rule: 'R-REG-CAP-7' }
  /** R-REG-CAP-1, -4, -6: at most so much per school year, over all such activities (per committee for -4) */
  | {
      by: 'school-year';
      maxTenths: number;
      per: 'kind' | 'group';
      rule: 'R-REG-CAP-1' | 'R-REG-CAP-4' | 'R-REG-CAP-6';
    }
  /** R-REG-CAP-8: only a PE teacher counts certified first aid, at most 12 RU per school year */
  | { by: 'first-aid'; maxTenthsPerSchoolYear: number; rule: 'R-REG-CAP-8' }
  /** R-REG-CAP-9: at a bilingual school (not the English teacher), half the hours, as subject content */
  | { by: 'english-course'; rule: 'R-REG-CAP-9' };

export interface KindEntry {
  kind: ActivityKind;
  /** the activity type 1–7 it belongs to (R-REG-TYPE-1); first aid and an English course are courses */
  type: 1 | 2 | 3 | 4 | 5 | 6 | 7;
  /** the numbered heading of a sub-kind (5.1 "Georganiseerde reflectie"); absent for types 1–4 */
  heading?: Localized;
  label: Localized;
  /** the seed's own remark on how it counts, when it has one */
  note?: Localized;
  /** the seed's "zelf invullen": an activity of the type that is not on its list ("anders") */
  other?: true;
  counting: Counting;
}

/** The seven types (R-REG-TYPE-1); 1–4 are formal, 5–7 include informal forms. */
export const activityTypes: Record<KindEntry['type'], Localized> = {
  1: { nl: 'Opleiding', en: 'Formal programme' },
  2: { nl: 'Cursus', en: 'Course' },
  3: { nl: 'Studiedag', en: 'Study day' },
  4: { nl: 'Conferentie', en: 'Conference' },
  5: { nl: 'Overige activiteiten binnen de school', en: 'Other activities within the school' },
  6: { nl: 'Overige activiteiten buiten de school', en: 'Other activities outside the school' },
  7: { nl: 'Professionele zelfstudie', en: 'Professional self-study' },
};

const HOURS: Counting = { by: 'hours' };
// R-REG-CAP-2: "1 RU per ontwikkel/belastinguur" (5.4e, 6.5a).
const DEVELOPMENT_HOURS: Counting = { by: 'development-hours', rule: 'R-REG-CAP-2' };
const PER_DEVELOPMENT_HOUR: Localized = {
  nl: '1 RU per ontwikkel/belastinguur',
  en: '1 RU per hour of development or teaching',
};
const OTHER: Localized = { nl: 'Zelf invullen', en: 'Describe it yourself' };

const h = (nl: string, en: string): Localized => ({ nl, en });

const reflection5 = h('Georganiseerde reflectie', 'Organised reflection');
const research5 = h(
  'Deelname aan onderwijs-gerelateerd praktijkonderzoek',
  'Taking part in education-related practitioner research',
);
const improvement5 = h(
  'Deelname aan geplande innovatieve of verbetertrajecten',
  'Taking part in planned innovation or improvement programmes',
);
const planned5 = h(
  'Deelname aan door school geplande professionaliseringsactiviteiten',
  'Taking part in professional development activities planned by the school',
);
const otherwise = h('Anderszins', 'Otherwise');
const reflection6 = reflection5;
const network6 = h('Deelname netwerk', 'Taking part in a network');
const placement6 = h('Stages, beroepsoriëntatie', 'Work placements, career orientation');
const association6 = h(
  'Werkzaamheden ten behoeve van/vanuit een vakvereniging/de beroepsgroep',
  'Work for or on behalf of a professional association or the profession',
);
const literature7 = h(
  'Het bestuderen en analyseren van (wetenschappelijke) vakliteratuur',
  'Studying and analysing (scientific) professional literature',
);
const translating7 = h(
  'Vertalen van wetenschappelijke vakliteratuur naar de onderwijspraktijk',
  'Translating scientific professional literature into teaching practice',
);
const mapping7 = h(
  'In kaart brengen van relevante informatie en (vak)literatuur',
  'Mapping relevant information and (professional) literature',
);
const publication7 = h('Schrijven van een (vak)publicatie', 'Writing a (professional) publication');
const trip7 = h('Studiereis/werkbezoek', 'Study trip/working visit');
const selfReflection7 = h('Zelfreflectie', 'Self-reflection');

// R-REG-CAP-7: "12 RU per geplaatst artikel, minimaal 1000 woorden" (7.4a, 7.4b).
const ARTICLE: Counting = { by: 'article', maxTenths: 120, minWords: 1000, rule: 'R-REG-CAP-7' };
const ARTICLE_NOTE = h(
  '12 RU per geplaatst artikel, minimaal 1000 woorden',
  '12 RU per placed article, at least 1000 words',
);

export const catalogue: readonly KindEntry[] = [
  { kind: '1', type: 1, label: activityTypes[1], counting: HOURS },
  { kind: '2', type: 2, label: activityTypes[2], counting: HOURS },
  { kind: '3', type: 3, label: activityTypes[3], counting: HOURS },
  { kind: '4', type: 4, label: activityTypes[4], counting: HOURS },

  // Ad 5. Overige activiteiten binnen de school
  {
    kind: '5.1a',
    type: 5,
    heading: reflection5,
    label: h('Coaching door een deskundige binnen de school', 'Coaching by an expert within the school'),
    counting: HOURS,
  },
  {
    kind: '5.1b',
    type: 5,
    heading: reflection5,
    label: h('Supervisie door een deskundige binnen de school', 'Supervision by an expert within the school'),
    counting: HOURS,
  },
  {
    kind: '5.1c',
    type: 5,
    heading: reflection5,
    label: h(
      'Intervisie door een deskundige binnen de school',
      'Peer supervision (intervision) by an expert within the school',
    ),
    counting: HOURS,
  },
  {
    kind: '5.1d',
    type: 5,
    heading: reflection5,
    label: h(
      'Video-interactie-begeleiding door een deskundige binnen de school',
      'Video interaction guidance by an expert within the school',
    ),
    counting: HOURS,
  },
  {
    kind: '5.1e',
    type: 5,
    heading: reflection5,
    label: h('Collegiale consultatie binnen de school', 'Collegial consultation within the school'),
    counting: HOURS,
  },
  {
    kind: '5.2a',
    type: 5,
    heading: research5,
    label: h('Het ontwikkelen en opstellen van een vragenlijst', 'Developing and drawing up a questionnaire'),
    counting: HOURS,
  },
  {
    kind: '5.2b',
    type: 5,
    heading: research5,
    label: h(
      'Het interpreteren en analyseren van onderzoeksresultaten',
      'Interpreting and analysing research results',
    ),
    counting: HOURS,
  },
  {
    kind: '5.2c',
    type: 5,
    heading: research5,
    label: h(
      'Het schrijven van een verslag met onderzoeksresultaten en hierover in gesprek gaan met collega’s',
      'Writing a report of research results and discussing it with colleagues',
    ),
    counting: HOURS,
  },
  {
    kind: '5.2d',
    type: 5,
    heading: research5,
    label: h(
      'Het presenteren van de onderzoeksresultaten en de resultaten vertalen naar verbeteracties in de klas- of schoolpraktijk',
      'Presenting the research results and translating them into improvements in classroom or school practice',
    ),
    counting: HOURS,
  },
  {
    kind: '5.3a',
    type: 5,
    heading: improvement5,
    label: h(
      'Het deelnemen aan een traject dat bijdraagt aan de schoolontwikkeling op terreinen als opbrengstgericht werken, referentieniveaus taal en/of rekenen, vakoverstijgend werken, doorlopende leerlijn',
      "Taking part in a programme that contributes to the school's development in areas such as outcome-oriented working, reference levels for language and/or arithmetic, cross-curricular working, continuous learning pathways",
    ),
    counting: HOURS,
  },
  {
    kind: '5.3b',
    type: 5,
    heading: improvement5,
    label: h(
      'Het deelnemen aan een traject dat verbetervoorstellen vertaalt naar concrete acties in de schoolpraktijk',
      'Taking part in a programme that turns proposals for improvement into concrete actions in school practice',
    ),
    counting: HOURS,
  },
  {
    kind: '5.3c',
    type: 5,
    heading: improvement5,
    label: h('Het deelnemen aan een kwaliteitszorgproject', 'Taking part in a quality assurance project'),
    counting: HOURS,
  },
  {
    kind: '5.4a',
    type: 5,
    heading: planned5,
    label: h(
      'Het deelnemen aan een traject dat bijdraagt aan de kennis en vaardigheden van de leraar op specifieke thema’s zoals opbrengstgericht werken, referentieniveaus taal en/of rekenen, vakoverstijgend werken, doorlopende leerlijn, onderwijs op maat',
      "Taking part in a programme that adds to the teacher's knowledge and skills on specific themes such as outcome-oriented working, reference levels for language and/or arithmetic, cross-curricular working, continuous learning pathways, tailored education",
    ),
    counting: HOURS,
  },
  {
    kind: '5.4b',
    type: 5,
    heading: planned5,
    label: h(
      'Het deelnemen aan georganiseerde bijeenkomsten in de school waar specifieke deskundigheid van leraren wordt ingezet en gedeeld',
      "Taking part in organised meetings in the school where teachers' specific expertise is used and shared",
    ),
    counting: HOURS,
  },
  {
    kind: '5.4c',
    type: 5,
    heading: planned5,
    label: h(
      'Het deelnemen aan geplande samenwerkingsbijeenkomsten in de school waar leraren hun eigen deskundigheid verder ontwikkelen door van elkaar te leren',
      'Taking part in planned collaborative meetings in the school where teachers develop their own expertise further by learning from each other',
    ),
    counting: HOURS,
  },
  {
    kind: '5.4d',
    type: 5,
    heading: planned5,
    label: h(
      'Het deelnemen aan schoolinterne professionaliseringsactiviteiten zoals teamdagen ten behoeve van deskundigheidsbevordering',
      'Taking part in in-school professional development activities, such as team days, to build expertise',
    ),
    counting: HOURS,
  },
  {
    kind: '5.4e',
    type: 5,
    heading: planned5,
    label: h(
      'Het ontwikkelen en geven van een relevante na/bijscholingscursus op de eigen school',
      'Developing and giving a relevant further-training or refresher course at your own school',
    ),
    note: PER_DEVELOPMENT_HOUR,
    counting: DEVELOPMENT_HOURS,
  },
  {
    kind: '5.5a',
    type: 5,
    heading: otherwise,
    label: h(
      '(G)MR, OR werkzaamheden',
      'Work on the (joint) participation council or works council ((G)MR, OR)',
    ),
    note: h('6 RU per jaar', '6 RU per school year'),
    // R-REG-CAP-1: (G)MR/OR work, 6 RU per (school) year over all such work.
    counting: { by: 'school-year', maxTenths: 60, per: 'kind', rule: 'R-REG-CAP-1' },
  },
  { kind: '5.5b', type: 5, heading: otherwise, label: OTHER, other: true, counting: HOURS },

  // Ad 6. Overige activiteiten buiten de school
  {
    kind: '6.1a',
    type: 6,
    heading: reflection6,
    label: h('Coaching door een deskundige buiten de school', 'Coaching by an expert outside the school'),
    counting: HOURS,
  },
  {
    kind: '6.1b',
    type: 6,
    heading: reflection6,
    label: h(
      'Supervisie door een deskundige buiten de school',
      'Supervision by an expert outside the school',
    ),
    counting: HOURS,
  },
  {
    kind: '6.1c',
    type: 6,
    heading: reflection6,
    label: h(
      'Intervisie met anderen van buiten de school',
      'Peer supervision (intervision) with others from outside the school',
    ),
    counting: HOURS,
  },
  {
    kind: '6.1d',
    type: 6,
    heading: reflection6,
    label: h(
      'Video-interactie-begeleiding door een deskundige buiten de school',
      'Video interaction guidance by an expert outside the school',
    ),
    counting: HOURS,
  },
  {
    kind: '6.1e',
    type: 6,
    heading: reflection6,
    label: h('Collegiale consultatie buiten de school', 'Collegial consultation outside the school'),
    counting: HOURS,
  },
  {
    kind: '6.2a',
    type: 6,
    heading: network6,
    label: h('Deelname aan een kenniskring', 'Taking part in a knowledge circle'),
    counting: HOURS,
  },
  {
    kind: '6.2b',
    type: 6,
    heading: network6,
    label: h('Bijwonen van een examenbespreking', 'Attending an examination meeting'),
    note: h('Maximaal 3 RU per keer', 'At most 3 RU per meeting'),
    // R-REG-CAP-3: "3 RU maximaal per bijeenkomst".
    counting: { by: 'meeting', maxTenths: 30, rule: 'R-REG-CAP-3' },
  },
  {
    kind: '6.2c',
    type: 6,
    heading: network6,
    label: h(
      'Deelname aan een community waaronder community of practice of community of learners',
      'Taking part in a community, such as a community of practice or a community of learners',
    ),
    counting: HOURS,
  },
  {
    kind: '6.2d',
    type: 6,
    heading: network6,
    label: h('Deelname aan een thematisch netwerk', 'Taking part in a thematic network'),
    counting: HOURS,
  },
  {
    kind: '6.2e',
    type: 6,
    heading: network6,
    label: h(
      'Vakinhoudelijk en/of onderwijskundig commissiewerk buiten de eigen school',
      'Subject-matter and/or educational committee work outside your own school',
    ),
    note: h('6 RU per commissie per jaar', '6 RU per committee per school year'),
    // R-REG-CAP-4: "6 RU per jaar" in the list, "6 RU per commissie" in the table: both.
    counting: { by: 'school-year', maxTenths: 60, per: 'group', rule: 'R-REG-CAP-4' },
  },
  {
    kind: '6.2f',
    type: 6,
    heading: network6,
    label: h('Participeren in een ontwikkelnetwerk', 'Taking part in a development network'),
    counting: HOURS,
  },
  {
    kind: '6.3a',
    type: 6,
    heading: placement6,
    label: h(
      'Stage lopen in andere school of in een bedrijf',
      'A work placement at another school or in a company',
    ),
    counting: HOURS,
  },
  {
    kind: '6.3b',
    type: 6,
    heading: placement6,
    label: h(
      'Trajecten in het bedrijfsleven/het beroepenveld ter bevordering van beroepsvorming',
      'Programmes in business or the professional field that further vocational formation',
    ),
    counting: HOURS,
  },
  {
    kind: '6.4a',
    type: 6,
    heading: association6,
    label: h(
      'Deelname aan een vergadering van een onderwijsvakorganisatie',
      'Attending a meeting of an education trade organisation',
    ),
    note: h('1 RU per dagdeel', '1 RU per half-day'),
    // R-REG-CAP-5: "1 RU per dagdeel".
    counting: { by: 'half-days', tenthsPerHalfDay: 10, rule: 'R-REG-CAP-5' },
  },
  {
    kind: '6.4b',
    type: 6,
    heading: association6,
    label: h(
      'Werkzaamheden verrichten ten behoeve van de communicatie- en promotieactiviteiten van een vakvereniging',
      'Working on the communication and promotion activities of a professional association',
    ),
    counting: HOURS,
  },
  {
    kind: '6.4c',
    type: 6,
    heading: association6,
    label: h(
      'Bekleden van een onderwijs-gerelateerde bestuurlijke functie',
      'Holding an education-related board position',
    ),
    note: h('6 RU per jaar', '6 RU per school year'),
    // R-REG-CAP-6: "6 RU per jaar" (the list's "per kaar" is a typo), over all such positions.
    counting: { by: 'school-year', maxTenths: 60, per: 'kind', rule: 'R-REG-CAP-6' },
  },
  {
    kind: '6.4d',
    type: 6,
    heading: association6,
    label: h('Lid zijn van een werkgroep', 'Being a member of a working group'),
    counting: HOURS,
  },
  {
    kind: '6.4e',
    type: 6,
    heading: association6,
    label: h('Lid zijn van een (examen)commissie', 'Being a member of an (examination) committee'),
    counting: HOURS,
  },
  {
    kind: '6.5a',
    type: 6,
    heading: otherwise,
    label: h(
      'Het ontwikkelen en geven van een relevante na/bijscholingscursus',
      'Developing and giving a relevant further-training or refresher course',
    ),
    note: PER_DEVELOPMENT_HOUR,
    counting: DEVELOPMENT_HOURS,
  },
  { kind: '6.5b', type: 6, heading: otherwise, label: OTHER, other: true, counting: HOURS },

  // Ad 7. Professionele zelfstudie
  {
    kind: '7.1a',
    type: 7,
    heading: literature7,
    label: h(
      'Het maken van een samenvatting van de gelezen vakliteratuur',
      'Summarising the professional literature read',
    ),
    counting: HOURS,
  },
  {
    kind: '7.1b',
    type: 7,
    heading: literature7,
    label: h(
      'Het trekken van conclusies uit de gelezen vakliteratuur',
      'Drawing conclusions from the professional literature read',
    ),
    counting: HOURS,
  },
  {
    kind: '7.2a',
    type: 7,
    heading: translating7,
    label: h(
      'Aanpassingen in de onderwijspraktijk aanbrengen op basis van vakliteratuur',
      'Making changes in teaching practice based on professional literature',
    ),
    counting: HOURS,
  },
  {
    kind: '7.2b',
    type: 7,
    heading: translating7,
    label: h(
      'Opgedane nieuwe kennis op basis van vakliteratuur en consequenties daarvan in de onderwijspraktijk presenteren aan collega’s',
      'Presenting to colleagues new knowledge gained from professional literature and what it means for teaching practice',
    ),
    counting: HOURS,
  },
  {
    kind: '7.3a',
    type: 7,
    heading: mapping7,
    label: h(
      'Het maken van een overzicht van relevante bronnen en (wetenschappelijke) achtergrondinformatie',
      'Compiling an overview of relevant sources and (scientific) background information',
    ),
    counting: HOURS,
  },
  {
    kind: '7.4a',
    type: 7,
    heading: publication7,
    label: h(
      'Het schrijven van een artikel voor een (semi)wetenschappelijk tijdschrift of website',
      'Writing an article for a (semi-)scientific journal or website',
    ),
    note: ARTICLE_NOTE,
    counting: ARTICLE,
  },
  {
    kind: '7.4b',
    type: 7,
    heading: publication7,
    label: h(
      'Het schrijven van een artikel in een onderwijsvakblad',
      'Writing an article in an education journal',
    ),
    note: ARTICLE_NOTE,
    counting: ARTICLE,
  },
  {
    kind: '7.4c',
    type: 7,
    heading: publication7,
    label: h(
      'Het schrijven van een column of opiniestuk in een onderwijsvakblad of landelijk dagblad',
      'Writing a column or opinion piece in an education journal or a national daily newspaper',
    ),
    counting: HOURS,
  },
  {
    kind: '7.4d',
    type: 7,
    heading: publication7,
    label: h('Het schrijven van een (vak/onderwijs)boek', 'Writing a (professional or educational) book'),
    counting: HOURS,
  },
  {
    kind: '7.5a',
    type: 7,
    heading: trip7,
    label: h(
      'Het uitwisselen van kennis met (internationale) collega’s of andere onderwijsprofessionals',
      'Exchanging knowledge with (international) colleagues or other education professionals',
    ),
    counting: HOURS,
  },
  {
    kind: '7.5b',
    type: 7,
    heading: trip7,
    label: h(
      'Het inhoudelijk voorbereiden van de studiereis/het werkbezoek op basis van bronnenonderzoek',
      'Preparing the content of the study trip or working visit through research of sources',
    ),
    counting: HOURS,
  },
  {
    kind: '7.5c',
    type: 7,
    heading: trip7,
    label: h(
      'Het verslagleggen van de studiereis/het werkbezoek en het verspreiden van de opgedane kennis en ervaring',
      'Reporting on the study trip or working visit and sharing the knowledge and experience gained',
    ),
    counting: HOURS,
  },
  {
    kind: '7.6a',
    type: 7,
    heading: selfReflection7,
    label: h(
      'Het inzetten van instrumenten voor zelfreflectie waaronder het maken van een QuickScan en de 360-graden feedbackscan',
      'Using instruments for self-reflection, such as a QuickScan and the 360-degree feedback scan',
    ),
    counting: HOURS,
  },
  {
    kind: '7.6b',
    type: 7,
    heading: selfReflection7,
    label: h(
      'Het beschrijven van de eigen ontwikkelpunten en ontwikkeldoelen ten behoeve van de professie',
      'Describing your own points and goals for development in the profession',
    ),
    counting: HOURS,
  },

  // "5. Omvang en waardering": the two kinds with a rule of their own.
  {
    kind: 'first-aid',
    type: 2,
    label: h(
      'Gecertificeerde EHB(S)O- en/of BHV-scholing (leraren LO)',
      'Certified first aid (EHBO/EHBSO) and/or in-house emergency response (BHV) training (PE teachers)',
    ),
    note: h('Maximaal 12 RU per jaar', 'At most 12 RU per school year'),
    // R-REG-CAP-8: "voor maximaal 12 RU per jaar", and only for "leraren LO".
    counting: { by: 'first-aid', maxTenthsPerSchoolYear: 120, rule: 'R-REG-CAP-8' },
  },
  {
    kind: 'english-course',
    type: 2,
    label: h(
      'Cursus Engels (leraren op een school voor tweetalig onderwijs, niet de leraar Engels)',
      'English course (teachers at a bilingual school, other than the English teacher)',
    ),
    note: h(
      'De uren tellen voor de helft, als vakinhoudelijke activiteit',
      'Half the hours count, as subject content',
    ),
    // R-REG-CAP-9.
    counting: { by: 'english-course', rule: 'R-REG-CAP-9' },
  },
];

const byKind = new Map(catalogue.map((entry) => [entry.kind, entry]));

/** The catalogue entry of a kind; every kind of the contract has one (catalogue.test.ts). */
export function kindEntry(kind: ActivityKind): KindEntry {
  const entry = byKind.get(kind);
  if (!entry) throw new Error(`no catalogue entry for activity kind ${kind}`);
  return entry;
}
