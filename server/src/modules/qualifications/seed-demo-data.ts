import { type QualificationCode, TeachingProfile } from '../../../../contracts/qualifications.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { Db } from '../../platform/db/database.js';
import { findInstitutionBySlug, findPersonByEmail } from '../identity/index.js';
import {
  confirmTeachingProfileRow,
  findTeachingProfile,
  insertEarnedQualification,
  saveTeachingProfile,
} from './qualifications.repository.js';

// Teaching profiles and earned qualifications for the demo people that identity's demo data adds: the
// demo teacher at UMC Utrecht and Amsterdam UMC, and colleagues in the demo line manager's division, so
// the compliance view shows something real.

const DEMO_TEACHER = 'teacher@docentdossier.test';
const DEMO_MANAGER = 'manager@docentdossier.test';
const DEMO_COORDINATOR = 'coordinator@docentdossier.test';

interface DemoProfile {
  email: string;
  institution: string;
  profile: Partial<TeachingProfile>;
  /** confirmed by the demo line manager */
  confirmed?: boolean;
}

export const demoProfiles: DemoProfile[] = [
  {
    // UMC Utrecht: a broad task of 0.25 fte, so the BKO is obligatory (R-UMCU-BKO-1) and not yet held
    email: DEMO_TEACHER,
    institution: 'umcu',
    profile: {
      employment: { permanent: true, years: 4, scale: 11 },
      teachingFte: 0.25,
      contactHoursPerYear: 60,
      teachingYears: 3,
      studentsSupervised: 4,
      competencyAreas: ['design', 'delivery', 'supervision', 'assessment'],
      deliveryTasks: ['lecture', 'working-group', 'placement-supervision'],
      clinicalTrainer: true,
    },
  },
  {
    // Amsterdam UMC: 30 contact hours for 3 years, 4 students, all five areas: may apply (R-AUMC-ELIG-1)
    email: DEMO_TEACHER,
    institution: 'aumc',
    profile: {
      employment: { permanent: false, years: 2 },
      teachingFte: 0.05,
      contactHoursPerYear: 30,
      teachingYears: 3,
      studentsSupervised: 4,
      competencyAreas: ['design', 'delivery', 'supervision', 'assessment', 'evaluation'],
      deliveryTasks: ['working-group', 'tutor-mentor'],
    },
  },
  {
    // obligatory BKO, which she holds; her manager confirmed the profile
    email: 'eva.hartman@docentdossier.test',
    institution: 'umcu',
    confirmed: true,
    profile: {
      employment: { permanent: true, years: 8, scale: 12 },
      teachingFte: 0.3,
      contactHoursPerYear: 80,
      teachingYears: 6,
      studentsSupervised: 6,
      competencyAreas: ['design', 'delivery', 'assessment', 'evaluation'],
      deliveryTasks: ['lecture', 'working-group', 'skills-training'],
    },
  },
  {
    // associate professor and block coordinator: BKO (R-UMCU-BKO-2) and SKO (R-UMCU-SKO-2) obligatory
    email: 'noor.bakker@docentdossier.test',
    institution: 'umcu',
    profile: {
      employment: { permanent: true, years: 10, scale: 14 },
      positions: ['associate-professor'],
      roles: ['block-coordinator'],
      teachingFte: 0.25,
      contactHoursPerYear: 70,
      teachingYears: 8,
      studentsSupervised: 5,
      competencyAreas: ['design', 'delivery', 'assessment', 'evaluation'],
      deliveryTasks: ['lecture', 'working-lecture', 'working-group'],
    },
  },
  {
    // a limited delivery task of 0.15 fte with several kinds of task: the UvO is obligatory (R-UMCU-UVO-1)
    email: 'sem.devries@docentdossier.test',
    institution: 'umcu',
    profile: {
      employment: { permanent: false, years: 3, scale: 10 },
      teachingFte: 0.15,
      contactHoursPerYear: 40,
      teachingYears: 2,
      studentsSupervised: 2,
      competencyAreas: ['delivery', 'supervision'],
      deliveryTasks: ['lecture', 'working-group', 'tutor-mentor'],
    },
  },
  {
    // one teaching task only (R-UMCU-UVO-3), in another division than the demo line manager's
    email: 'iris.verhoeven@docentdossier.test',
    institution: 'umcu',
    profile: {
      employment: { permanent: false, years: 1 },
      teachingFte: 0.05,
      contactHoursPerYear: 12,
      teachingYears: 1,
      competencyAreas: ['delivery'],
      deliveryTasks: ['lecture'],
    },
  },
];

export const demoEarned: {
  email: string;
  code: QualificationCode;
  earnedOn: string;
  issuer: string;
  institution: string;
}[] = [
  {
    email: 'eva.hartman@docentdossier.test',
    code: 'BKO',
    earnedOn: '2021-06-30',
    issuer: 'Universiteit Utrecht',
    institution: 'umcu',
  },
];

/**
 * Adds the demo profiles and earned qualifications, once: nothing happens when the demo teacher does not
 * exist (no demo data) or already has a profile (seeded before). Returns whether it seeded.
 */
export async function seedQualificationDemoData(db: Db, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const teacher = await findPersonByEmail(tx, DEMO_TEACHER);
    const umcu = await findInstitutionBySlug(tx, 'umcu');
    if (!teacher || !umcu || (await findTeachingProfile(tx, teacher.id, umcu.id))) return false;
    const manager = await findPersonByEmail(tx, DEMO_MANAGER);
    const coordinator = await findPersonByEmail(tx, DEMO_COORDINATOR);

    let profiles = 0;
    for (const p of demoProfiles) {
      const person = await findPersonByEmail(tx, p.email);
      const institution = await findInstitutionBySlug(tx, p.institution);
      if (!person || !institution) continue;
      const row = await saveTeachingProfile(tx, {
        personId: person.id,
        institutionId: institution.id,
        profile: TeachingProfile.parse(p.profile),
        updatedBy: person.id,
        now,
        keepConfirmation: false,
      });
      if (p.confirmed && manager)
        await confirmTeachingProfileRow(tx, row.id, { confirmedBy: manager.id, now });
      profiles++;
    }
    let earned = 0;
    for (const e of demoEarned) {
      const person = await findPersonByEmail(tx, e.email);
      const institution = await findInstitutionBySlug(tx, e.institution);
      if (!person) continue;
      const row = await insertEarnedQualification(tx, {
        personId: person.id,
        code: e.code,
        earnedOn: e.earnedOn,
        issuer: e.issuer,
        institutionId: institution?.id ?? null,
        recordedBy: coordinator?.id ?? person.id,
        now,
      });
      if (row) earned++;
    }
    await writeAudit(tx, {
      actorId: null,
      action: 'demo-data.seed',
      entityType: 'installation',
      entityId: 'qualifications',
      after: { teachingProfiles: profiles, earnedQualifications: earned },
    });
    return true;
  });
}
