import type { InstitutionKind, Role, UnitKind } from '../../../../contracts/identity.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { Db } from '../../platform/db/database.js';
import {
  getMeta,
  insertAccount,
  insertInstitution,
  insertPerson,
  insertRoleAssignment,
  insertUnit,
  listInstitutions,
  setMeta,
  type UnitRow,
} from './identity.repository.js';
import { hashPassword } from './passwords.js';

/** The one password of every demo account; listed in the README and printed at first start. */
export const DEMO_PASSWORD = 'Docentdossier2026!';

interface UnitSeed {
  key: string;
  name: string;
  kind: UnitKind;
  children?: UnitSeed[];
}

const institutionSeeds: { slug: string; name: string; kind: InstitutionKind; units: UnitSeed[] }[] = [
  {
    slug: 'umcu',
    name: 'UMC Utrecht',
    kind: 'umc',
    units: [
      {
        key: 'umcu-hl',
        name: 'Divisie Hart en Longen',
        kind: 'division',
        children: [{ key: 'umcu-cardio', name: 'Cardiologie', kind: 'department' }],
      },
      {
        key: 'umcu-hersenen',
        name: 'Divisie Hersenen',
        kind: 'division',
        children: [{ key: 'umcu-neuro', name: 'Neurologie', kind: 'department' }],
      },
    ],
  },
  {
    slug: 'aumc',
    name: 'Amsterdam UMC',
    kind: 'umc',
    units: [
      { key: 'aumc-uva', name: 'Faculteit der Geneeskunde (UvA)', kind: 'faculty' },
      { key: 'aumc-vu', name: 'Faculteit der Geneeskunde (VU)', kind: 'faculty' },
    ],
  },
  {
    slug: 'hao-utrecht',
    name: 'Huisartsopleiding Utrecht',
    kind: 'gp-training',
    units: [{ key: 'hao-groep', name: 'Opleidingsgroep huisartsgeneeskunde', kind: 'department' }],
  },
  {
    slug: 'de-brug',
    name: 'Lyceum De Brug',
    kind: 'school',
    units: [{ key: 'brug-vo', name: 'Bovenbouw havo/vwo', kind: 'department' }],
  },
  {
    slug: 'academie-docentontwikkeling',
    name: 'Academie voor Docentontwikkeling',
    kind: 'provider',
    units: [],
  },
];

/** One account per role; `unit` keys refer to the units above. */
export const demoAccounts: {
  email: string;
  displayName: string;
  roles: { role: Role; institution: string | null; unit?: string }[];
}[] = [
  {
    email: 'admin@docentdossier.test',
    displayName: 'Anne Beheerder',
    roles: [{ role: 'administrator', institution: null }],
  },
  {
    email: 'teacher@docentdossier.test',
    displayName: 'Daan de Docent',
    roles: [
      { role: 'teacher', institution: 'umcu', unit: 'umcu-cardio' },
      { role: 'teacher', institution: 'aumc', unit: 'aumc-uva' },
    ],
  },
  {
    email: 'adviser@docentdossier.test',
    displayName: 'Olga Onderwijskundige',
    roles: [{ role: 'educational-adviser', institution: 'umcu' }],
  },
  {
    email: 'assessor@docentdossier.test',
    displayName: 'Bram Beoordelaar',
    roles: [{ role: 'assessor', institution: 'umcu' }],
  },
  {
    email: 'coordinator@docentdossier.test',
    displayName: 'Carla Coördinator',
    roles: [
      { role: 'coordinator', institution: 'umcu' },
      { role: 'coordinator', institution: 'aumc' },
    ],
  },
  {
    email: 'manager@docentdossier.test',
    displayName: 'Lars Leidinggevende',
    roles: [{ role: 'line-manager', institution: 'umcu', unit: 'umcu-hl' }],
  },
  {
    email: 'trainer@docentdossier.test',
    displayName: 'Olaf Opleider',
    roles: [{ role: 'trainer', institution: 'umcu', unit: 'umcu-neuro' }],
  },
  {
    email: 'mentor@docentdossier.test',
    displayName: 'Mirjam Mentor',
    roles: [
      { role: 'mentor', institution: 'hao-utrecht', unit: 'hao-groep' },
      { role: 'teacher', institution: 'hao-utrecht', unit: 'hao-groep' },
    ],
  },
  {
    email: 'provider@docentdossier.test',
    displayName: 'Pieter Aanbieder',
    roles: [{ role: 'provider', institution: 'academie-docentontwikkeling' }],
  },
  {
    email: 'school-teacher@docentdossier.test',
    displayName: 'Sanne van School',
    roles: [{ role: 'teacher', institution: 'de-brug', unit: 'brug-vo' }],
  },
  {
    email: 'umcu-admin@docentdossier.test',
    displayName: 'Ulla Utrecht',
    roles: [{ role: 'administrator', institution: 'umcu' }],
  },
];

/**
 * Colleagues of the demo teacher at UMC Utrecht, so the views of a line manager and a coordinator show more
 * than one person. They log in by SSO only (no local account), as most teachers do.
 */
export const demoColleagues: {
  email: string;
  displayName: string;
  roles: { role: Role; institution: string; unit?: string }[];
}[] = [
  {
    email: 'eva.hartman@docentdossier.test',
    displayName: 'Eva Hartman',
    roles: [{ role: 'teacher', institution: 'umcu', unit: 'umcu-cardio' }],
  },
  {
    email: 'noor.bakker@docentdossier.test',
    displayName: 'Noor Bakker',
    roles: [{ role: 'teacher', institution: 'umcu', unit: 'umcu-cardio' }],
  },
  {
    email: 'sem.devries@docentdossier.test',
    displayName: 'Sem de Vries',
    roles: [{ role: 'teacher', institution: 'umcu', unit: 'umcu-hl' }],
  },
  {
    email: 'tim.jansen@docentdossier.test',
    displayName: 'Tim Jansen',
    roles: [{ role: 'teacher', institution: 'umcu', unit: 'umcu-hl' }],
  },
  {
    email: 'iris.verhoeven@docentdossier.test',
    displayName: 'Iris Verhoeven',
    roles: [{ role: 'teacher', institution: 'umcu', unit: 'umcu-neuro' }],
  },
];

const SEEDED_KEY = 'demo_data_seeded';

/**
 * Fills an empty database with the demo institutions and accounts, once: a marker row makes a restart
 * (or a second process) skip it, and a database that already has institutions is never touched.
 * Returns whether it seeded.
 */
export async function seedDemoData(db: Db): Promise<boolean> {
  // Checked before hashing, so a restart costs one query.
  if ((await getMeta(db, SEEDED_KEY)) !== null) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    if ((await getMeta(tx, SEEDED_KEY)) !== null) return false;
    if ((await listInstitutions(tx)).length > 0) return false;
    await setMeta(tx, SEEDED_KEY, new Date().toISOString());

    const institutionIds = new Map<string, string>();
    const unitIds = new Map<string, string>();
    const addUnits = async (institutionId: string, seeds: UnitSeed[], parent: UnitRow | null) => {
      for (const seed of seeds) {
        const unit = await insertUnit(tx, { institutionId, parent, kind: seed.kind, name: seed.name });
        unitIds.set(seed.key, unit.id);
        await addUnits(institutionId, seed.children ?? [], unit);
      }
    };
    for (const seed of institutionSeeds) {
      const row = await insertInstitution(tx, { slug: seed.slug, name: seed.name, kind: seed.kind });
      institutionIds.set(seed.slug, row.id);
      await addUnits(row.id, seed.units, null);
    }
    const everyone = [
      ...demoAccounts.map((a) => ({ ...a, login: true })),
      ...demoColleagues.map((a) => ({ ...a, login: false })),
    ];
    for (const account of everyone) {
      const person = await insertPerson(tx, {
        displayName: account.displayName,
        email: account.email,
        language: 'nl',
      });
      if (account.login) await insertAccount(tx, person.id, passwordHash);
      for (const r of account.roles) {
        await insertRoleAssignment(tx, {
          personId: person.id,
          role: r.role,
          institutionId: r.institution ? (institutionIds.get(r.institution) ?? null) : null,
          unitId: r.unit ? (unitIds.get(r.unit) ?? null) : null,
        });
      }
    }
    await writeAudit(tx, {
      actorId: null,
      action: 'demo-data.seed',
      entityType: 'installation',
      entityId: SEEDED_KEY,
      after: {
        institutions: institutionSeeds.length,
        accounts: demoAccounts.length,
        colleagues: demoColleagues.length,
      },
    });
    return true;
  });
}
