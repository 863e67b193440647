import { describe, expect, it } from 'vitest';
import { TeachingProfile, teachingRoles } from '../../../../contracts/qualifications.js';
import { askedFields, findPolicy } from '../advice/policies';
import {
  profileContext,
  profileFields,
  profileProblems,
  profileToSave,
  sameProfile,
  toTeachingProfile,
} from './teachingProfile';

describe('the teaching profile form', () => {
  it('asks every field a policy may read, each once, but not the earned qualifications', () => {
    const everyAsked = ['umcu', 'aumc'].flatMap((id) => {
      const policy = findPolicy(id);
      return policy ? askedFields(policy) : [];
    });
    expect(new Set(profileFields)).toEqual(new Set(everyAsked.filter((field) => field !== 'held')));
    expect(profileFields).toHaveLength(new Set(profileFields).size);
    expect(Object.keys(TeachingProfile.shape).sort()).toEqual([...profileFields].sort());
  });

  it('offers every role, whatever the policy reads', () => {
    expect(profileContext('UMC Utrecht')).toMatchObject({ roles: teachingRoles, everyRole: true });
  });
});

describe('the profile as stored', () => {
  it('fills in the defaults, drops the earned qualifications and puts lists in the contract order', () => {
    expect(
      toTeachingProfile({
        employment: { permanent: true },
        competencyAreas: ['assessment', 'design', 'assessment'],
        deliveryTasks: ['tutor-mentor', 'lecture'],
        roles: ['programme-director', 'block-coordinator'],
        positions: ['teaching-professor', 'full-professor'],
        held: ['BKO'],
      }),
    ).toEqual({
      employment: { permanent: true, years: 0 },
      positions: ['full-professor', 'teaching-professor'],
      roles: ['block-coordinator', 'programme-director'],
      teachingFte: 0,
      contactHoursPerYear: 0,
      teachingYears: 0,
      studentsSupervised: 0,
      competencyAreas: ['design', 'assessment'],
      deliveryTasks: ['lecture', 'tutor-mentor'],
      clinicalTrainer: false,
      teachingLicence: false,
    });
  });

  it('is the same when only the order of a list or an absent default differs, not when a value does', () => {
    const stored = TeachingProfile.parse({ teachingFte: 0.2, deliveryTasks: ['lecture', 'practical'] });
    expect(sameProfile({ ...stored, deliveryTasks: ['practical', 'lecture'] }, stored)).toBe(true);
    expect(sameProfile({ teachingFte: 0.2, deliveryTasks: ['practical', 'lecture'] }, stored)).toBe(true);
    expect(sameProfile({ ...stored, teachingFte: 0.21 }, stored)).toBe(false);
    expect(sameProfile({ ...stored, clinicalTrainer: true }, stored)).toBe(false);
  });

  it('sends the stored profile unchanged when nothing was changed, so its confirmation stays', () => {
    const stored = TeachingProfile.parse({ deliveryTasks: ['practical', 'lecture'] });
    expect(profileToSave({ ...stored, deliveryTasks: ['lecture', 'practical'] }, stored)).toBe(stored);
    expect(profileToSave({ ...stored, teachingFte: 0.3 }, stored)).toEqual({
      ...stored,
      teachingFte: 0.3,
      deliveryTasks: ['lecture', 'practical'],
    });
    expect(profileToSave({ employment: { permanent: true } }, null)).toEqual(
      TeachingProfile.parse({ employment: { permanent: true } }),
    );
  });
});

describe('problems that keep the profile from being saved', () => {
  it('needs the kind of contract', () => {
    expect(profileProblems({})).toEqual({ employment: 'advice.required.employment' });
    expect(profileProblems({ employment: { years: 3 } })).toEqual({
      employment: 'advice.required.employment',
    });
  });

  it('needs the length of a temporary appointment, not of a permanent one', () => {
    expect(profileProblems({ employment: { permanent: false } })).toEqual({
      employment: 'teachingProfile.required.years',
    });
    expect(profileProblems({ employment: { permanent: false, years: 0 } })).toEqual({
      employment: 'teachingProfile.required.years',
    });
    expect(profileProblems({ employment: { permanent: false, years: 0.5 } })).toEqual({});
    expect(profileProblems({ employment: { permanent: true, years: 0 } })).toEqual({});
  });
});
