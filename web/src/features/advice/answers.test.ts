import { describe, expect, it } from 'vitest';
import { TeachingProfile } from '../../../../contracts/qualifications.js';
import { adviceRequest, answersFromProfiles, type ProfileAnswers, unansweredFields } from './answers';
import { advicePolicies, askedFields, findPolicy } from './policies';

const umcu = findPolicy('umcu');
const aumc = findPolicy('aumc');
if (!umcu || !aumc) throw new Error('both shipped policies have a configuration');

const everything: ProfileAnswers = {
  employment: { permanent: false, years: 3, scale: 12 },
  positions: ['associate-professor'],
  roles: ['curriculum-committee', 'principal-educator', 'block-coordinator'],
  teachingFte: 0.25,
  contactHoursPerYear: 45,
  teachingYears: 2,
  studentsSupervised: 3,
  competencyAreas: ['design', 'delivery'],
  deliveryTasks: ['lecture'],
  clinicalTrainer: true,
  teachingLicence: true,
  held: ['BKO', 'SKO'],
};

describe('what each policy asks', () => {
  it('asks UMC Utrecht about employment, fte and delivery tasks, never contact hours or a teaching licence', () => {
    expect(askedFields(umcu)).toEqual([
      'employment',
      'positions',
      'roles',
      'teachingFte',
      'competencyAreas',
      'deliveryTasks',
      'clinicalTrainer',
      'held',
    ]);
  });

  it('asks Amsterdam UMC about contact hours, years and students, never employment or fte', () => {
    expect(askedFields(aumc)).toEqual([
      'positions',
      'roles',
      'contactHoursPerYear',
      'teachingYears',
      'studentsSupervised',
      'competencyAreas',
      'teachingLicence',
      'held',
    ]);
  });

  it('asks every field of the teaching profile somewhere, each once per policy', () => {
    const asked = new Set(advicePolicies.flatMap((policy) => askedFields(policy)));
    for (const field of Object.keys(TeachingProfile.shape))
      expect(asked.has(field as never), field).toBe(true);
    for (const policy of advicePolicies) {
      expect(new Set(askedFields(policy)).size, policy.id).toBe(askedFields(policy).length);
    }
  });
});

describe('the advice request', () => {
  it('sends only what UMC Utrecht asks, and of the roles and qualifications only those it lists', () => {
    expect(adviceRequest(umcu, everything)).toEqual({
      policy: 'umcu',
      profile: {
        employment: { permanent: false, years: 3, scale: 12 },
        positions: ['associate-professor'],
        roles: ['curriculum-committee', 'block-coordinator'],
        teachingFte: 0.25,
        competencyAreas: ['design', 'delivery'],
        deliveryTasks: ['lecture'],
        clinicalTrainer: true,
        held: ['BKO', 'SKO'],
      },
    });
  });

  it('sends only what Amsterdam UMC asks: its key roles and the BKO', () => {
    expect(adviceRequest(aumc, everything)).toEqual({
      policy: 'aumc',
      profile: {
        positions: ['associate-professor'],
        roles: ['principal-educator', 'block-coordinator'],
        contactHoursPerYear: 45,
        teachingYears: 2,
        studentsSupervised: 3,
        competencyAreas: ['design', 'delivery'],
        teachingLicence: true,
        held: ['BKO'],
      },
    });
  });

  it('leaves out what was not answered, which the API reads as none', () => {
    expect(adviceRequest(aumc, { contactHoursPerYear: 25 })).toEqual({
      policy: 'aumc',
      profile: { contactHoursPerYear: 25 },
    });
  });
});

describe('answers needed before the next step', () => {
  it('needs the kind of contract, but not the salary scale or any number', () => {
    expect(unansweredFields(['employment', 'teachingFte'], {})).toEqual(['employment']);
    expect(unansweredFields(['employment', 'teachingFte'], { employment: { permanent: false } })).toEqual([]);
  });
});

describe("starting from the teacher's stored profile", () => {
  const record = (institution: { id: string; name: string }, teachingFte: number) => ({
    id: `${institution.id}-profile`,
    person: { id: 'p', displayName: 'Docent' },
    institution,
    profile: TeachingProfile.parse({ teachingFte }),
    updatedAt: '2026-11-23T10:00:00.000Z',
    updatedBy: { id: 'p', displayName: 'Docent' },
    confirmation: null,
  });
  const umcuPlace = { id: 'umcu-id', name: 'UMC Utrecht' };
  const aumcPlace = { id: 'aumc-id', name: 'Amsterdam UMC' };
  const elsewhere = { id: 'hao-id', name: 'Huisartsopleiding' };
  const items = [
    { institution: elsewhere, policyId: null, profile: null },
    { institution: aumcPlace, policyId: 'aumc', profile: record(aumcPlace, 0.1) },
    { institution: umcuPlace, policyId: 'umcu', profile: record(umcuPlace, 0.25) },
  ];

  it('takes the profile at the institution asked for, its policy chosen and every earned qualification held once', () => {
    const start = answersFromProfiles(items, ['BKO', 'SKO', 'BKO'], umcuPlace.id);
    expect(start?.institution).toEqual(umcuPlace);
    expect(start?.answers.policy).toBe('umcu');
    expect(start?.answers.profile).toEqual({
      ...TeachingProfile.parse({ teachingFte: 0.25 }),
      held: ['BKO', 'SKO'],
    });
  });

  it('takes the first institution with a profile under a known policy when none is asked for, or one without', () => {
    expect(answersFromProfiles(items, [])?.institution).toEqual(aumcPlace);
    expect(answersFromProfiles(items, [], elsewhere.id)?.institution).toEqual(aumcPlace);
  });

  it('has nothing to start from without a stored profile under a known policy', () => {
    expect(answersFromProfiles([items[0] as (typeof items)[number]], ['BKO'])).toBeNull();
    expect(
      answersFromProfiles([{ institution: elsewhere, policyId: 'other', profile: record(elsewhere, 1) }], []),
    ).toBeNull();
  });
});
