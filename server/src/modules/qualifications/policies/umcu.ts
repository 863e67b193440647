import type { PolicyDocumentInput } from '../../../../../contracts/qualifications.js';
import type { BuiltInPolicy } from './built-in.js';
import { and, atLeast, below, count, has, hasAll, hasAny, nonEmpty, not, or, statusIs, v } from './logic.js';

// UMC Utrecht (seed 000, domain.md §2). Voice: "je", as the institution's own pages.

/** "in dienst voor de duur van tenminste 2 jaar": a permanent contract, or an appointment of 2 years or more */
const employedTwoYears = or(v('employment.permanent'), atLeast('employment.years', 2));
const teaches = or({ '>': [v('teachingFte'), 0] }, nonEmpty('deliveryTasks'), nonEmpty('competencyAreas'));
const noTeaching = not(teaches);
/** R-UMCU-BKO-3: broad = design and delivery and assessment */
const broadTask = hasAll('competencyAreas', ['design', 'delivery', 'assessment']);
const noDesignOrAssessment = and(
  not(has('competencyAreas', 'design')),
  not(has('competencyAreas', 'assessment')),
);
const professor = [
  'full-professor',
  'associate-professor',
  'teaching-professor',
  'teaching-associate-professor',
];
/**
 * R-UMCU-SKO-2 (4): a formal managing or coordinating role. Every role of the list except those that are
 * a kind of teacher rather than a role in managing education.
 */
const managingRoles = [
  'block-coordinator',
  'programme-coordinator',
  'unit-coordinator',
  'curriculum-committee',
  'block-committee',
  'line-committee',
  'programme-council',
  'examination-board',
  'assessment-committee',
  'programme-committee',
  'division-education-coordinator',
  'programme-director',
  'head-of-bachelor-master',
  'other-coordinating',
];
/** R-UMCU-UVO-3: a single teaching task. Supervising and evaluating belong to carrying out that task. */
const singleTask = and({ '==': [count('deliveryTasks'), 1] }, noDesignOrAssessment);
const nothingObligatory = and(
  not(statusIs('BKO', 'obligatory')),
  not(statusIs('UvO', 'obligatory')),
  not(statusIs('SKO', 'obligatory')),
);
const openAndNotHeld = (code: string) =>
  and(statusIs(code, 'obligatory', 'eligible'), not(has('held', code)));
const somethingToEarn = or(...['BKO', 'UvO', 'KKO', 'SKO'].map(openAndNotHeld));

const noTeachingReason = (name: string) => ({
  logic: noTeaching,
  explanation: {
    nl: `Je hebt geen onderwijstaak, dus de ${name} is voor jou niet van toepassing.`,
    en: `You have no teaching task, so the ${name} does not apply to you.`,
  },
});

const qualifications: PolicyDocumentInput['qualifications'] = [
  {
    code: 'BKO',
    obligatoryWhen: [
      {
        id: 'R-UMCU-BKO-1',
        cites: ['R-UMCU-BKO-3'],
        logic: and(employedTwoYears, atLeast('teachingFte', 0.2), broadTask),
        explanation: {
          nl:
            'Je bent voor minstens 2 jaar (of vast) in dienst en hebt een brede onderwijstaak (ontwerpen, ' +
            'uitvoeren én toetsen) van minstens 0,2 fte per jaar, dus de BKO is verplicht.',
          en:
            'You are employed for at least 2 years (or permanently) and have a broad teaching task (design, ' +
            'delivery and assessment) of at least 0.2 fte a year, so the BKO is obligatory for you.',
        },
      },
      {
        id: 'R-UMCU-BKO-2',
        logic: hasAny('positions', professor),
        explanation: {
          nl: 'Je bent hoogleraar of UHD; voor hen is de BKO verplicht, hoe klein de onderwijstaak ook is.',
          en: 'You are a full or associate professor; the BKO is obligatory for them, however small the teaching task.',
        },
      },
      {
        id: 'R-UMCU-BKO-2',
        logic: has('roles', 'block-coordinator'),
        explanation: {
          nl: 'Je bent blokcoördinator; voor blokcoördinatoren is de BKO verplicht, hoe klein de onderwijstaak ook is.',
          en: 'You are a block coordinator; the BKO is obligatory for block coordinators, however small the teaching task.',
        },
      },
    ],
    eligibleWhen: [
      {
        id: 'R-UMCU-ROUTE-1',
        logic: teaches,
        explanation: {
          nl:
            'Je hebt een onderwijstaak, en de BKO is er voor alle docenten. Verplicht is hij voor jou niet; ' +
            'bespreek in een intake of hij voor jou relevant en haalbaar is.',
          en:
            'You teach, and the BKO is open to every teacher. It is not obligatory for you; discuss in an ' +
            'intake whether it is relevant and feasible for you.',
        },
      },
    ],
    notApplicable: {
      otherwise: {
        rules: [],
        explanation: {
          nl: 'Je hebt geen onderwijstaak, dus de BKO is voor jou niet van toepassing.',
          en: 'You have no teaching task, so the BKO does not apply to you.',
        },
      },
    },
  },
  {
    code: 'UvO',
    obligatoryWhen: [
      {
        id: 'R-UMCU-UVO-1',
        cites: ['R-UMCU-UVO-2'],
        logic: and(
          employedTwoYears,
          atLeast('teachingFte', 0.1),
          below('teachingFte', 0.2),
          { '>=': [count('deliveryTasks'), 2] },
          noDesignOrAssessment,
        ),
        explanation: {
          nl:
            'Je bent voor minstens 2 jaar (of vast) in dienst en voert verschillende onderwijstaken uit, samen ' +
            'minstens 0,1 en minder dan 0,2 fte per jaar, zonder ontwerp- of toetstaken; dan is de ' +
            'deelkwalificatie Uitvoeren van Onderwijs (UvO) verplicht.',
          en:
            'You are employed for at least 2 years (or permanently) and carry out several delivery tasks, ' +
            'together at least 0.1 and less than 0.2 fte a year, without design or assessment tasks; then the ' +
            'partial qualification Delivering Education (UvO) is obligatory for you.',
        },
      },
    ],
    eligibleWhen: [
      {
        id: 'R-UMCU-UVO-4',
        logic: statusIs('BKO', 'obligatory', 'eligible'),
        explanation: {
          nl: 'De UvO is een tussenstap op weg naar de BKO: je kunt hem halen en later uitbouwen tot een volledige BKO.',
          en: 'The UvO is a step towards the BKO: you may earn it and later build it out to a full BKO.',
        },
      },
    ],
    notApplicable: {
      because: [noTeachingReason('UvO')],
      otherwise: {
        rules: ['R-UMCU-UVO-4'],
        explanation: {
          nl: 'De UvO is een tussenstap naar de BKO, en die is voor jou niet van toepassing.',
          en: 'The UvO is a step towards the BKO, which does not apply to you.',
        },
      },
    },
  },
  {
    code: 'KKO',
    // Never obligatory: the seed describes it as a qualification clinical teachers may choose.
    obligatoryWhen: [],
    eligibleWhen: [
      {
        id: 'R-UMCU-KKO-1',
        logic: and(v('clinicalTrainer'), v('employment.permanent')),
        explanation: {
          nl:
            'Je leidt op in de klinische praktijk en hebt een vast dienstverband, dus de Kwalificatie Klinisch ' +
            'Onderwijs (KKO) staat voor je open. Binnen het UMC Utrecht is de KKO gelijkwaardig aan de BKO; de ' +
            'scholing is de KKO-leergang.',
          en:
            'You train in the clinical workplace and have a permanent contract, so the Clinical Teaching ' +
            'Qualification (KKO) is open to you. Within UMC Utrecht the KKO is equivalent to the BKO; its ' +
            'schooling is the KKO course.',
        },
      },
    ],
    notApplicable: {
      because: [
        {
          id: 'R-UMCU-KKO-1',
          logic: not(v('clinicalTrainer')),
          explanation: {
            nl: 'De KKO is voor zorgprofessionals die opleiden in de klinische praktijk, en dat doe je niet.',
            en: 'The KKO is for healthcare professionals who train in the clinical workplace, which you do not.',
          },
        },
        {
          id: 'R-UMCU-KKO-1',
          logic: and(v('clinicalTrainer'), not(v('employment.permanent'))),
          explanation: {
            nl:
              'De KKO vraagt in beginsel een vast dienstverband bij het UMC Utrecht, en dat heb je niet. ' +
              'Bespreek in een intake of er voor jou een uitzondering mogelijk is.',
            en:
              'The KKO in principle requires a permanent contract with UMC Utrecht, which you do not have. ' +
              'Discuss in an intake whether an exception is possible for you.',
          },
        },
      ],
      otherwise: {
        rules: ['R-UMCU-KKO-1'],
        explanation: {
          nl: 'De KKO is voor klinisch docenten met een vast dienstverband bij het UMC Utrecht.',
          en: 'The KKO is for clinical teachers with a permanent contract with UMC Utrecht.',
        },
      },
    },
  },
  {
    code: 'SKO',
    obligatoryWhen: [
      {
        id: 'R-UMCU-SKO-1',
        logic: hasAny('positions', ['teaching-associate-professor', 'teaching-professor']),
        explanation: {
          nl: 'Je bent onderwijshoogleraar of onderwijs-UHD, dus de Senior Kwalificatie Onderwijs (SKO) is verplicht.',
          en: 'You are a teaching professor or teaching associate professor, so the Senior Teaching Qualification (SKO) is obligatory for you.',
        },
      },
      {
        id: 'R-UMCU-SKO-2',
        logic: and(
          v('employment.permanent'),
          or(hasAny('positions', ['associate-professor', 'full-professor']), atLeast('employment.scale', 13)),
          atLeast('teachingFte', 0.2),
          hasAny('roles', managingRoles),
        ),
        explanation: {
          nl:
            'Je hebt een vast dienstverband, bent UHD, hoogleraar of in schaal 13 of hoger, hebt een onderwijstaak ' +
            'van minstens 0,2 fte per jaar en daarin een formele leidinggevende of coördinerende rol. Aan alle ' +
            'vier de voorwaarden is voldaan, dus de SKO is verplicht.',
          en:
            'You have a permanent contract, are an associate or full professor or on salary scale 13 or higher, ' +
            'teach at least 0.2 fte a year and hold a formal managing or coordinating role in it. All four ' +
            'conditions are met, so the SKO is obligatory for you.',
        },
      },
    ],
    eligibleWhen: [
      {
        id: 'R-UMCU-SKO-1',
        logic: has('held', 'BKO'),
        explanation: {
          nl: 'Je hebt de BKO al; de SKO bouwt daarop voort en staat voor je open.',
          en: 'You already hold the BKO; the SKO builds on it and is open to you.',
        },
      },
    ],
    notApplicable: {
      because: [noTeachingReason('SKO')],
      otherwise: {
        rules: ['R-UMCU-SKO-1'],
        explanation: {
          nl: 'De SKO bouwt voort op de BKO: hij komt voor je in beeld zodra je de BKO hebt.',
          en: 'The SKO builds on the BKO: it comes within reach once you hold the BKO.',
        },
      },
    },
  },
];

const notes: NonNullable<PolicyDocumentInput['notes']> = [
  {
    id: 'R-UMCU-UVO-3',
    logic: and(singleTask, nothingObligatory),
    explanation: {
      nl: 'Je voert één onderwijstaak uit. Voor die taak word je geacht je te scholen, maar een onderwijskwalificatie hoef je niet te halen.',
      en: 'You carry out a single teaching task. You are expected to train for it, but you need not earn a teaching qualification.',
    },
  },
  {
    id: 'R-UMCU-SKO-1',
    logic: and(statusIs('SKO', 'obligatory'), not(has('held', 'BKO'))),
    explanation: {
      nl: 'De SKO bouwt voort op de BKO: behaal eerst de BKO.',
      en: 'The SKO builds on the BKO: earn the BKO first.',
    },
  },
  {
    id: 'R-UMCU-ROUTE-1',
    logic: somethingToEarn,
    explanation: {
      nl:
        'Elk traject begint met een intakegesprek met een onderwijskundig adviseur, die met je bepaalt welke ' +
        'kwalificatie relevant en haalbaar is en langs welke route.',
      en:
        'Every trajectory starts with an intake with an educational adviser, who decides with you which ' +
        'qualification is relevant and feasible, and by which route.',
    },
  },
  {
    id: 'R-UMCU-COST-1',
    logic: somethingToEarn,
    explanation: {
      nl:
        'Een traject kost didactische scholing (losse modules of een leergang) plus een beoordelingstraject; ' +
        'de kosten zijn voor jezelf of voor je divisie.',
      en:
        'A trajectory costs didactic schooling (separate modules or a course) plus an assessment trajectory; ' +
        'you or your division pays.',
    },
  },
];

const current: PolicyDocumentInput = {
  qualifications,
  notes: [
    {
      id: 'R-UMCU-BKO-OLD',
      logic: openAndNotHeld('BKO'),
      explanation: {
        nl: 'Sinds 1 oktober 2023 gelden alleen de nieuwe BKO-eisen: werk met het BKO-portfolioformat volgens de nieuwe eisen.',
        en: 'Since 1 October 2023 only the new BKO requirements apply: use the BKO portfolio format of the new requirements.',
      },
    },
    ...notes,
  ],
};

/**
 * Before 1 October 2023 the old BKO requirements applied (R-UMCU-BKO-OLD). The seed does not describe who
 * had to earn what under them, so this version decides as the current one does, and says so.
 */
const oldRequirements: PolicyDocumentInput = {
  qualifications,
  notes: [
    {
      id: 'R-UMCU-BKO-OLD',
      logic: true,
      explanation: {
        nl:
          'Op deze datum golden de oude BKO-eisen (tot 1 oktober 2023). Wie welke kwalificatie moet halen, is ' +
          'hier bepaald zoals onder de nieuwe eisen: de bron beschrijft de oude voorwaarden niet apart.',
        en:
          'On this date the old BKO requirements applied (until 1 October 2023). Who must earn which ' +
          'qualification is decided here as under the new requirements: the source does not describe the old ' +
          'conditions separately.',
      },
    },
    ...notes,
  ],
};

export const umcu: BuiltInPolicy = {
  id: 'umcu',
  institutionSlug: 'umcu',
  name: 'UMC Utrecht — Facultair Beleid Onderwijskwalificaties',
  versions: [
    { version: '2016-01-01', validFrom: '2016-01-01', document: oldRequirements },
    { version: '2023-10-01', validFrom: '2023-10-01', document: current },
  ],
};
