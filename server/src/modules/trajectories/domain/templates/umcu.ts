import type { CompetencyArea } from '../../../../../../contracts/qualifications.js';
import type {
  EvidenceKind,
  PortfolioTemplate,
  Requirement,
  TemplateSection,
} from '../../../../../../contracts/trajectories.js';

// UMC Utrecht's portfolio templates (seed 000, R-UMCU-PF-1) as data. The seed names what a portfolio
// shows but links its numbers ("Onderwijservaringseisen") without giving them: the defaults below read a
// plural ("studentevaluaties", "observaties") as at least two, a singular kind of material as at least one,
// and ask 100 words of reflection per competency area and 300 for the SKO vision. Every number can be set
// per institution (RequirementSettings). All start on 1 October 2023, when only the new BKO requirements
// were accepted any more (R-UMCU-BKO-OLD); the seed does not describe the old portfolio.

const VALID_FROM = '2023-10-01';

const teachingCv: TemplateSection = {
  kind: 'teaching-cv',
  id: 'teaching-cv',
  title: { nl: 'Onderwijs-cv', en: 'Teaching CV' },
  guidance: {
    nl: 'Beschrijf elke onderwijstaak: inhoud, vorm, doelgroep, periode en uren per jaar.',
    en: 'Describe each teaching task: content, form, target group, period and hours a year.',
  },
};

const areaTitles: Record<CompetencyArea, { nl: string; en: string }> = {
  design: { nl: 'Ontwerpen', en: 'Design' },
  delivery: { nl: 'Uitvoeren', en: 'Delivery' },
  supervision: { nl: 'Begeleiden', en: 'Supervision' },
  assessment: { nl: 'Toetsen en beoordelen', en: 'Assessment' },
  evaluation: { nl: 'Evalueren', en: 'Evaluation' },
};

const reflect = {
  nl: 'Reflecteer op je ontwikkeling in dit competentiegebied en koppel het bewijs waar je naar verwijst.',
  en: 'Reflect on your development in this competency area and link the evidence you refer to.',
};

function area(a: CompetencyArea, title = areaTitles[a], guidance = reflect): TemplateSection {
  return { kind: 'competency', id: a, area: a, title, guidance };
}

const allAreas = (['design', 'delivery', 'supervision', 'assessment', 'evaluation'] as const).map((a) =>
  area(a),
);

const evidenceLabels: Record<EvidenceKind, { nl: string; en: string }> = {
  'student-evaluation': { nl: 'Studentevaluaties', en: 'Student evaluations' },
  'observation-own-teaching': {
    nl: 'Observaties van je eigen onderwijs',
    en: 'Observations of your teaching',
  },
  'observation-of-colleague': {
    nl: 'Jouw observaties van collega-docenten',
    en: 'Your observations of colleagues',
  },
  'teaching-material': { nl: 'Zelf ontwikkeld onderwijsmateriaal', en: 'Teaching material you made' },
  'assessment-material': { nl: 'Zelf ontwikkeld toetsmateriaal', en: 'Assessment material you made' },
  'schooling-certificate': { nl: 'Bewijs van didactische scholing', en: 'Proof of didactic schooling' },
  other: { nl: 'Ander bewijs', en: 'Other evidence' },
};

function evidence(kind: EvidenceKind, min: number, onlyNew = false): Requirement {
  const rules = kind === 'schooling-certificate' ? ['R-UMCU-ROUTE-2'] : ['R-UMCU-PF-1'];
  const label = evidenceLabels[kind];
  return {
    id: kind,
    kind: 'evidence',
    evidenceKind: kind,
    min,
    onlyNew,
    rules: onlyNew ? [...rules, 'R-UMCU-SKO-1'] : rules,
    label: onlyNew
      ? { nl: `${label.nl} (nieuw, na je BKO)`, en: `${label.en} (new, since your BKO)` }
      : label,
  };
}

function cvAreas(areas: CompetencyArea[], rules: string[]): Requirement {
  const names = (lang: 'nl' | 'en') => areas.map((a) => areaTitles[a][lang].toLowerCase()).join(', ');
  return {
    id: 'cv-areas',
    kind: 'cv-areas',
    areas,
    rules,
    label: { nl: `Onderwijstaken in ${names('nl')}`, en: `Teaching tasks in ${names('en')}` },
  };
}

const cvForms = (min: number, rules: string[]): Requirement => ({
  id: 'cv-forms',
  kind: 'cv-forms',
  min,
  rules,
  label: { nl: 'Verschillende onderwijsvormen', en: 'Different forms of teaching' },
});

const cvTargetGroups: Requirement = {
  id: 'cv-target-groups',
  kind: 'cv-target-groups',
  min: 2,
  rules: ['R-UMCU-BKO-3'],
  label: { nl: 'Verschillende doelgroepen', en: 'Different target groups' },
};

const reflections = (minWords: number): Requirement => ({
  id: 'reflections',
  kind: 'text',
  sectionKinds: ['competency'],
  minWords,
  rules: ['R-UMCU-ROUTE-2'],
  label: { nl: 'Een reflectie per competentiegebied', en: 'A reflection per competency area' },
});

const linkedEvidence: Requirement = {
  id: 'linked-evidence',
  kind: 'section-evidence',
  sectionKinds: ['competency'],
  min: 1,
  rules: ['R-UMCU-PF-1'],
  label: { nl: 'Bewijs gekoppeld aan elk competentiegebied', en: 'Evidence linked to each competency area' },
};

/** What every portfolio shows (R-UMCU-PF-1), the material as the qualification names it. */
function commonEvidence(onlyNew: boolean, material: EvidenceKind[]): Requirement[] {
  return [
    evidence('student-evaluation', 2, onlyNew),
    evidence('observation-own-teaching', 2, onlyNew),
    evidence('observation-of-colleague', 2, onlyNew),
    ...material.map((k) => evidence(k, 1, onlyNew)),
    evidence('schooling-certificate', 1),
  ];
}

export const umcuBko: PortfolioTemplate = {
  qualification: 'BKO',
  validFrom: VALID_FROM,
  title: { nl: 'Portfolio Basiskwalificatie Onderwijs', en: 'Portfolio University Teaching Qualification' },
  sections: [teachingCv, ...allAreas],
  requirements: [
    // R-UMCU-BKO-3: design and delivery "in verschillende vormen en aan verschillende groepen" and assessment
    cvAreas(['design', 'delivery', 'assessment'], ['R-UMCU-BKO-3', 'R-UMCU-PF-1']),
    cvForms(2, ['R-UMCU-BKO-3']),
    cvTargetGroups,
    ...commonEvidence(false, ['teaching-material', 'assessment-material']),
    reflections(100),
    linkedEvidence,
  ],
};

/** "dit is een deel van het portfolio voor de volledige BKO": the CV and delivery (R-UMCU-UVO-1, -2). */
export const umcuUvo: PortfolioTemplate = {
  qualification: 'UvO',
  validFrom: VALID_FROM,
  title: {
    nl: 'Portfolio deelkwalificatie Uitvoeren van Onderwijs',
    en: 'Portfolio partial qualification Delivering Education',
  },
  sections: [
    teachingCv,
    area('delivery', areaTitles.delivery, {
      nl: 'Reflecteer op je (werk)colleges, werkgroepen, vaardigheidsonderwijs en practica en je begeleiding van individuele studenten, en koppel het bewijs.',
      en: 'Reflect on your lectures, working groups, skills teaching and practicals and your supervision of individual students, and link the evidence.',
    }),
  ],
  requirements: [
    cvAreas(['delivery'], ['R-UMCU-UVO-1', 'R-UMCU-PF-1']),
    // "verschillende van deze onderwijstaken"
    cvForms(2, ['R-UMCU-UVO-1', 'R-UMCU-UVO-2']),
    // "voorbeelden van door jou ontwikkeld onderwijsmateriaal": no assessment material for the UvO
    ...commonEvidence(false, ['teaching-material']),
    reflections(100),
    linkedEvidence,
  ],
};

/** The clinical workplace (R-UMCU-KKO-1): design, delivery (supervision included) and feedback and assessment. */
export const umcuKko: PortfolioTemplate = {
  qualification: 'KKO',
  validFrom: VALID_FROM,
  title: { nl: 'Portfolio Kwalificatie Klinisch Onderwijs', en: 'Portfolio Clinical Teaching Qualification' },
  sections: [
    teachingCv,
    area('design', {
      nl: 'Ontwerpen van opleidingssituaties in de kliniek',
      en: 'Designing clinical training',
    }),
    area('delivery', {
      nl: 'Uitvoeren van klinisch onderwijs: opleiden op de werkplek, begeleiden van studenten en assistenten, opleiden in teamverband',
      en: 'Clinical teaching: training in the workplace, supervising students and residents, training as a team',
    }),
    area('assessment', {
      nl: 'Feedback geven en beoordelen in de klinische werksetting',
      en: 'Feedback and assessment in the clinical workplace',
    }),
  ],
  requirements: [
    cvAreas(['design', 'delivery', 'assessment'], ['R-UMCU-KKO-1', 'R-UMCU-PF-1']),
    ...commonEvidence(false, ['teaching-material', 'assessment-material']),
    reflections(100),
    linkedEvidence,
  ],
};

/** The BKO's sections plus the vision and contributions above course level, with new evidence (R-UMCU-PF-1). */
export const umcuSko: PortfolioTemplate = {
  qualification: 'SKO',
  validFrom: VALID_FROM,
  title: { nl: 'Portfolio Seniorkwalificatie Onderwijs', en: 'Portfolio Senior Teaching Qualification' },
  sections: [
    teachingCv,
    ...allAreas,
    {
      kind: 'vision',
      id: 'vision',
      title: { nl: 'Visie op universitair onderwijs', en: 'Vision on university teaching' },
      guidance: {
        nl: 'Geef een onderbouwde visie op (een specifiek aspect van) universitair onderwijs.',
        en: 'Give a reasoned vision on (a specific aspect of) university teaching.',
      },
    },
    {
      kind: 'above-course',
      id: 'above-course',
      title: { nl: 'Bijdragen op cursusoverstijgend niveau', en: 'Contributions above course level' },
      guidance: {
        nl: 'Beschrijf je coördinatie, aansturing en begeleiding van docenten boven het niveau van één cursus, en koppel het bewijs.',
        en: 'Describe how you coordinate, lead and supervise teachers beyond a single course, and link the evidence.',
      },
    },
  ],
  requirements: [
    cvAreas(['design', 'delivery', 'assessment'], ['R-UMCU-SKO-1', 'R-UMCU-PF-1']),
    // "in aanvulling op je BKO nogmaals": only evidence not carried over from an earlier portfolio counts
    ...commonEvidence(true, ['teaching-material', 'assessment-material']),
    reflections(100),
    {
      id: 'vision',
      kind: 'text',
      sectionKinds: ['vision'],
      minWords: 300,
      rules: ['R-UMCU-PF-1'],
      label: { nl: 'Een onderbouwde visie', en: 'A reasoned vision' },
    },
    {
      id: 'above-course',
      kind: 'text',
      sectionKinds: ['above-course'],
      minWords: 100,
      rules: ['R-UMCU-PF-1'],
      label: {
        nl: 'Bijdragen boven cursusniveau beschreven',
        en: 'Contributions above course level described',
      },
    },
    { ...linkedEvidence, sectionKinds: ['competency', 'above-course'] },
  ],
};

export const umcuTemplates: readonly PortfolioTemplate[] = [umcuBko, umcuUvo, umcuKko, umcuSko];
