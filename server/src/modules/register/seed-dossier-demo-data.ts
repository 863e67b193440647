import {
  RegisterActivityInput,
  type RegisterActivityInputRaw,
  RegisterSettingsInput,
  type RegisterSettingsInputRaw,
} from '../../../../contracts/register.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { Db } from '../../platform/db/database.js';
import { findPersonByEmail } from '../identity/index.js';
import { storedActivity } from './activity-input.js';
import { activityProblems } from './domain/dossier.js';
import { findSettings, insertActivityRow, replacePoints, upsertSettings } from './dossier.repository.js';

// Register dossiers for two of identity's demo people, so the dossier and progress pages show something
// real: the vo teacher of Lyceum De Brug, whose activities meet several caps and fall short of the norm,
// and the UMC teacher, who keeps activities (one with ABAN points beside RU) but has not yet filled in the
// register settings, as a medical teacher outside the four sectors would.

interface DemoDossier {
  email: string;
  settings?: RegisterSettingsInputRaw;
  activities: RegisterActivityInputRaw[];
}

export const demoDossiers: DemoDossier[] = [
  {
    email: 'school-teacher@docentdossier.test',
    settings: {
      sector: 'vo',
      bilingualSchool: true,
      registerNumber: 'RL-2019-04417',
      periodEnd: '2027-07-31',
    },
    activities: [
      {
        kind: '2',
        title: 'Cursus nieuw examenprogramma biologie',
        date: '2023-10-12',
        hours: 16,
        content: 'subject',
        relevance: 'Het nieuwe programma geldt vanaf mijn volgende examenklas.',
      },
      { kind: '3', title: 'Studiedag formatief handelen', date: '2024-01-19', hours: 6, content: 'didactic' },
      { kind: '5.5a', title: 'Medezeggenschapsraad', date: '2024-02-01', hours: 5, content: 'general' },
      { kind: '5.5a', title: 'Medezeggenschapsraad', date: '2024-06-01', hours: 4, content: 'general' },
      // R-REG-CAP-3: 4 hours, 3 count
      {
        kind: '6.2b',
        title: 'Examenbespreking biologie havo 5',
        date: '2024-06-20',
        hours: 4,
        content: 'subject',
      },
      // R-REG-CAP-9: at a bilingual school, half the hours, as subject content
      {
        kind: 'english-course',
        title: 'Cambridge Proficiency (CPE), voorbereiding',
        date: '2024-11-15',
        hours: 30,
        content: 'subject',
      },
      // R-REG-CAP-7: 20 hours of writing, 12 RU for the placed article
      {
        kind: '7.4b',
        title: 'Artikel in Niche: ecologie in de bovenbouw',
        date: '2025-03-10',
        hours: 20,
        content: 'subject',
        words: 1800,
      },
      // R-REG-CAP-4: 6 RU per committee per school year
      {
        kind: '6.2e',
        title: 'Vakcommissie biologie',
        date: '2025-04-01',
        hours: 8,
        content: 'subject',
        group: 'NVON vakcommissie biologie',
      },
      // R-REG-EVID-3: online, so with a passed test
      {
        kind: '2',
        title: 'Online cursus AI in de klas',
        date: '2025-09-15',
        hours: 10,
        content: 'general',
        delivery: 'online',
        testPassed: true,
      },
      {
        kind: '7.1a',
        title: 'Samenvatting van literatuur over leesvaardigheid bij biologie',
        date: '2025-10-01',
        hours: 6,
        content: 'pedagogical',
        description: 'Drie artikelen over begrijpend lezen van biologieteksten samengevat.',
        application: 'Ik gebruik een leesstrategie bij de examenteksten in havo 4.',
      },
      { kind: '4', title: 'NIBI-conferentie', date: '2026-01-16', hours: 12, content: 'subject' },
    ],
  },
  {
    email: 'teacher@docentdossier.test',
    activities: [
      {
        kind: '1',
        title: 'Basiskwalificatie Onderwijs (BKO)',
        date: '2024-06-28',
        hours: 80,
        content: 'didactic',
        relevance: 'Verplicht voor mijn onderwijstaak van 0,25 fte.',
        // R-AUMC-COST-1: the course is accredited for 24 ABAN points, kept beside RU
        accreditationPoints: [{ scheme: 'ABAN', points: 24 }],
      },
      {
        kind: '2',
        title: 'E-learning toetsconstructie',
        date: '2024-10-10',
        hours: 8,
        content: 'didactic',
        delivery: 'online',
        testPassed: true,
      },
      {
        kind: '7.1b',
        title: 'Conclusies uit literatuur over feedback in de kliniek',
        date: '2025-02-14',
        hours: 5,
        content: 'pedagogical',
        description: 'Literatuur over feedbackgesprekken met coassistenten.',
        application: 'Ik plan de feedback nu direct na de visite, met één leerpunt.',
      },
      { kind: '4', title: 'NVMO-congres', date: '2025-11-13', hours: 14, content: 'general' },
    ],
  },
];

/**
 * Adds the demo dossiers, once: nothing happens when the vo demo teacher does not exist (no demo data) or
 * already has register settings (seeded before). Returns whether it seeded.
 */
export async function seedDossierDemoData(db: Db, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const first = await findPersonByEmail(tx, demoDossiers[0]?.email ?? '');
    if (!first || (await findSettings(tx, first.id))) return false;
    let activities = 0;
    for (const dossier of demoDossiers) {
      const person = await findPersonByEmail(tx, dossier.email);
      if (!person) continue;
      if (dossier.settings) {
        const settings = RegisterSettingsInput.parse(dossier.settings);
        await upsertSettings(tx, { personId: person.id, ...settings, updatedBy: person.id, now });
      }
      for (const raw of dossier.activities) {
        const input = RegisterActivityInput.parse(raw);
        // the demo must obey the rules the API enforces
        if (activityProblems(input).length > 0) throw new Error(`demo activity breaks a rule: ${raw.title}`);
        const { values, points } = storedActivity(input);
        const row = await insertActivityRow(tx, { ...values, personId: person.id, by: person.id, now });
        await replacePoints(tx, row.id, points);
        activities++;
      }
    }
    await writeAudit(tx, {
      actorId: null,
      action: 'demo-data.seed',
      entityType: 'installation',
      entityId: 'register-dossier',
      after: { activities },
    });
    return true;
  });
}
