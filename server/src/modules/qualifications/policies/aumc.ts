import type { PolicyDocumentInput } from '../../../../../contracts/qualifications.js';
import type { BuiltInPolicy } from './built-in.js';
import { and, atLeast, below, hasAll, hasAny, not, statusIs, v } from './logic.js';

// Amsterdam UMC, BKO course of the faculties of medicine of VU and UvA (seed 001, domain.md §3).
// Voice: "je", the one informal tone of the application's messages (the seed itself says "u").

const allFiveAreas = hasAll('competencyAreas', [
  'design',
  'delivery',
  'supervision',
  'assessment',
  'evaluation',
]);

/**
 * R-AUMC-OBL-1 "sleutelpersoon binnen het onderwijs". The seed lists: coordinator of a teaching unit
 * (unit and block coordinators), chair or member of the examination board, the assessment (quality)
 * committee or the programme committee (opleidingscommissie), division coordinator of education,
 * programme director, head of bachelor/master, principal educator, medical educator, physician-teacher on
 * secondment, junior or scientific teacher, or another coordinating role (programme coordinator, other).
 * Not listed, so not by themselves a key role: membership of a curriculum, block or line committee and of
 * the programme council (opleidingsraad, a participation body). Someone who coordinates in one of them
 * also holds a coordinating role and says so.
 */
const keyRoles = [
  'unit-coordinator',
  'block-coordinator',
  'programme-coordinator',
  'examination-board',
  'assessment-committee',
  'programme-committee',
  'division-education-coordinator',
  'programme-director',
  'head-of-bachelor-master',
  'principal-educator',
  'medical-educator',
  'seconded-physician-teacher',
  'junior-teacher',
  'other-coordinating',
];

const document: PolicyDocumentInput = {
  qualifications: [
    {
      code: 'BKO',
      obligatoryWhen: [
        {
          id: 'R-AUMC-OBL-1',
          logic: atLeast('contactHoursPerYear', 40),
          explanation: {
            nl: 'Je geeft 40 uur of meer contactonderwijs per jaar aan groepen studenten, dus je bent BKO-plichtig.',
            en: 'You give 40 or more hours of contact teaching a year to groups of students, so the BKO is obligatory for you.',
          },
        },
        {
          id: 'R-AUMC-OBL-1',
          logic: hasAny('positions', [
            'full-professor',
            'associate-professor',
            'teaching-professor',
            'teaching-associate-professor',
          ]),
          explanation: {
            nl: 'Je bent benoemd als hoogleraar of UHD, dus je bent BKO-plichtig.',
            en: 'You are appointed full or associate professor, so the BKO is obligatory for you.',
          },
        },
        {
          id: 'R-AUMC-OBL-1',
          logic: hasAny('roles', keyRoles),
          explanation: {
            nl:
              'Je bent een sleutelpersoon in het onderwijs (bijvoorbeeld coördinator, lid van een examen-, toets- ' +
              'of opleidingscommissie, principal of medical educator), dus je bent BKO-plichtig.',
            en:
              'You are a key person in education (for example a coordinator, a member of an examination, ' +
              'assessment or programme committee, a principal or medical educator), so the BKO is obligatory for you.',
          },
        },
      ],
      eligibleWhen: [
        {
          id: 'R-AUMC-ELIG-1',
          logic: and(
            atLeast('contactHoursPerYear', 20),
            atLeast('teachingYears', 2),
            atLeast('studentsSupervised', 3),
            allFiveAreas,
          ),
          explanation: {
            nl:
              'Je geeft minstens 20 uur contactonderwijs per jaar, al minstens twee jaar, begeleidt minstens drie ' +
              'studenten individueel en hebt taken in alle vijf competentiegebieden: je kunt je uit eigen ' +
              'interesse aanmelden voor het BKO-traject.',
            en:
              'You give at least 20 hours of contact teaching a year, for at least two years, supervise at least ' +
              'three students individually and have tasks in all five competency areas: you may apply for the ' +
              'BKO course out of interest.',
          },
        },
      ],
      notApplicable: {
        because: [
          {
            id: 'R-AUMC-ELIG-1',
            logic: below('contactHoursPerYear', 20),
            explanation: {
              nl: 'Je geeft minder dan 20 uur contactonderwijs per jaar aan groepen studenten; het BKO-traject vraagt er minstens 20.',
              en: 'You give fewer than 20 hours of contact teaching a year to groups of students; the BKO course asks for at least 20.',
            },
          },
          {
            id: 'R-AUMC-ELIG-1',
            logic: below('teachingYears', 2),
            explanation: {
              nl: 'Je geeft nog geen twee jaar onderwijs in deze omvang; het BKO-traject vraagt minstens twee jaar.',
              en: 'You have taught at this level for less than two years; the BKO course asks for at least two.',
            },
          },
          {
            id: 'R-AUMC-ELIG-1',
            logic: below('studentsSupervised', 3),
            explanation: {
              nl: 'Je begeleidt minder dan drie studenten individueel; het BKO-traject vraagt er minstens drie.',
              en: 'You supervise fewer than three students individually; the BKO course asks for at least three.',
            },
          },
          {
            id: 'R-AUMC-ELIG-1',
            logic: not(allFiveAreas),
            explanation: {
              nl:
                'Je hebt niet in alle vijf competentiegebieden taken (ontwerpen, uitvoeren, begeleiden, toetsen en ' +
                'evalueren); het BKO-traject vraagt dat, omdat je de opdrachten in je eigen onderwijspraktijk uitvoert.',
              en:
                'You do not have tasks in all five competency areas (design, delivery, supervision, assessment ' +
                'and evaluation); the BKO course needs them, as you carry out its assignments in your own teaching.',
            },
          },
        ],
        otherwise: {
          rules: ['R-AUMC-ELIG-1'],
          explanation: {
            nl: 'Je voldoet niet aan de voorwaarden om je aan te melden voor het BKO-traject.',
            en: 'You do not meet the conditions to apply for the BKO course.',
          },
        },
      },
    },
  ],
  notes: [
    {
      id: 'R-AUMC-EXEMPT-1',
      logic: v('teachingLicence'),
      explanation: {
        nl:
          'Je hebt een lesbevoegdheid: in de meeste gevallen hoef je de verplichte BKO-scholing niet te volgen. ' +
          'Een portfolio maak je wel als je de BKO wilt of moet halen.',
        en:
          'You hold a teaching licence: in most cases you need not follow the obligatory BKO schooling. You do ' +
          'make a portfolio if you want or need to earn the BKO.',
      },
    },
    {
      id: 'R-AUMC-COST-1',
      logic: statusIs('BKO', 'obligatory', 'eligible'),
      explanation: {
        nl: 'Aan het BKO-traject zijn geen kosten verbonden; de BKO-leergang is ABAN-geaccrediteerd voor 24 punten.',
        en: 'The BKO course is free of charge; it is accredited for 24 ABAN points.',
      },
    },
  ],
};

export const aumc: BuiltInPolicy = {
  id: 'aumc',
  institutionSlug: 'aumc',
  name: 'Amsterdam UMC — BKO-traject (VU en UvA)',
  // The one registration procedure for both faculties started in June 2023.
  versions: [{ version: '2023-06-01', validFrom: '2023-06-01', document }],
};
