import { writeAudit } from '../../platform/audit/audit.js';
import type { Db } from '../../platform/db/database.js';
import { findInstitutionBySlug, findPersonByEmail } from '../identity/index.js';
import { toTenths } from './domain/tenths.js';
import {
  insertAttendances,
  insertProviderActivity,
  insertValidatedActivities,
} from './providers.repository.js';

// One validated activity of the demo provider (Academie voor Docentontwikkeling, provider@) attended by the
// UMC demo teacher (teacher@), so the provider's pages, the teacher's dossier and the certificate show
// something real (R-REG-EVID-1).

export const demoProviderActivity = {
  number: 'RL-DEMO-2025-0042',
  title: 'Feedback geven op klinisch redeneren',
  description: 'Twee dagdelen met oefengesprekken en een korte toets.',
  kind: '2',
  content: 'didactic',
  startDate: '2025-10-02',
  date: '2025-10-09',
  recognisedRU: 8,
} as const;

/**
 * Adds the demo provider activity and the teacher's attendance, once: nothing happens when the demo
 * provider or teacher does not exist (no demo data) or the activity's number is taken (seeded before).
 * Returns whether it seeded.
 */
export async function seedProviderDemoData(db: Db, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [provider, providerPerson, teacher] = await Promise.all([
      findInstitutionBySlug(tx, 'academie-docentontwikkeling'),
      findPersonByEmail(tx, 'provider@docentdossier.test'),
      findPersonByEmail(tx, 'teacher@docentdossier.test'),
    ]);
    if (!provider || !providerPerson || !teacher) return false;
    const { recognisedRU, ...fields } = demoProviderActivity;
    const activity = await insertProviderActivity(tx, {
      ...fields,
      institutionId: provider.id,
      recognisedTenths: toTenths(recognisedRU),
      publishedAt: now,
      createdBy: providerPerson.id,
      createdAt: now,
      updatedBy: providerPerson.id,
      updatedAt: now,
    });
    if (!activity) return false;
    const [attendance] = await insertAttendances(tx, [
      {
        providerActivityId: activity.id,
        personId: teacher.id,
        matchedBy: 'email',
        matchedValue: teacher.email,
        registeredBy: providerPerson.id,
        registeredAt: now,
      },
    ]);
    await insertValidatedActivities(tx, activity, [teacher.id], providerPerson.id, now);
    await writeAudit(tx, {
      actorId: null,
      action: 'demo-data.seed',
      entityType: 'installation',
      entityId: 'register-providers',
      after: { providerActivity: activity, attendance },
    });
    return true;
  });
}
