import type { Localized, QualificationCode } from '../../../../contracts/qualifications.js';
import type { Catalogue } from '../../../../contracts/trajectories.js';
import type { AssessmentWeekInput } from '../../../../contracts/trajectories-api.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import { findInstitutionBySlug, findPersonByEmail, findRolesOfPeople } from '../identity/index.js';
import { todayOf } from './access.js';
import { decideCosts } from './decide-costs.js';
import { addDays, yearOf } from './domain/days.js';
import { recordIntake } from './record-intake.js';
import { requestIntake } from './request-intake.js';
import { findCatalogues, insertWeek, saveCatalogue } from './trajectories.repository.js';

// UMC Utrecht's trajectory catalogue for this year and the next, its coming assessment weeks, and one
// trajectory of a demo colleague with its portfolio in progress, so the adviser's, line manager's and
// coordinator's pages show something real. The demo teacher (teacher@) gets no trajectory: the end-to-end
// journeys start theirs. The seed (000) names the items but leaves the prices to the registration form, so
// the prices here are illustrative (R-UMCU-COST-1).

const title = (nl: string, en: string): Localized => ({ nl, en });

/** The catalogue items of the demo; prices in cents for the first year. */
const demoItems: Catalogue['items'] = [
  {
    kind: 'course',
    id: 'bko-leergang',
    title: title('Leergang BKO', 'BKO course'),
    qualification: 'BKO',
    priceCents: 325_000,
  },
  {
    kind: 'course',
    id: 'uvo-leergang',
    title: title('Leergang Uitvoeren van Onderwijs', 'Teaching in Practice course'),
    qualification: 'UvO',
    priceCents: 145_000,
  },
  {
    kind: 'course',
    id: 'kko-leergang',
    title: title('Leergang KKO', 'KKO course'),
    qualification: 'KKO',
    priceCents: 245_000,
  },
  {
    kind: 'course',
    id: 'sko-leergang',
    title: title('Leergang SKO', 'SKO course'),
    qualification: 'SKO',
    priceCents: 395_000,
  },
  {
    kind: 'module',
    id: 'activerend-onderwijs',
    title: title('Activerend onderwijs geven', 'Active teaching'),
    priceCents: 39_500,
  },
  {
    kind: 'module',
    id: 'feedback-geven',
    title: title('Feedback geven op de werkvloer', 'Giving feedback at the workplace'),
    priceCents: 29_500,
  },
  {
    kind: 'module',
    id: 'toetsen-beoordelen',
    title: title('Toetsen en beoordelen', 'Assessing students'),
    priceCents: 49_500,
  },
  {
    kind: 'module',
    id: 'onderwijs-ontwerpen',
    title: title('Onderwijs ontwerpen', 'Designing education'),
    priceCents: 59_500,
  },
  {
    kind: 'module',
    id: 'onderwijskundig-leiderschap',
    title: title('Onderwijskundig leiderschap (SKO)', 'Educational leadership (SKO)'),
    priceCents: 79_500,
  },
  {
    kind: 'module',
    id: 'curriculumontwikkeling',
    title: title('Curriculumontwikkeling (SKO)', 'Curriculum development (SKO)'),
    priceCents: 69_500,
  },
];

/** The assessment trajectory's price per qualification for the first year (R-UMCU-ASM-4). */
const demoAssessmentPrices: Record<QualificationCode, number> = {
  BKO: 95_000,
  UvO: 45_000,
  KKO: 95_000,
  SKO: 125_000,
};

/** Prices rise 3 % a year, rounded to whole euros. */
function indexed(cents: number, years: number): number {
  return Math.round((cents * 1.03 ** years) / 100) * 100;
}

/** The demo catalogue of `year`, `years` after the first. */
export function demoCatalogue(year: number, years: number): Catalogue {
  const assessmentPriceCents: Catalogue['assessmentPriceCents'] = {};
  for (const [code, cents] of Object.entries(demoAssessmentPrices) as [QualificationCode, number][])
    assessmentPriceCents[code] = indexed(cents, years);
  return {
    year,
    items: demoItems.map((item) => ({ ...item, priceCents: indexed(item.priceCents, years) })),
    assessmentPriceCents,
  };
}

/** The second Monday of the month `months` after the month of `today`. */
function secondMondayOf(today: string, months: number): string {
  const [year = 0, month = 1] = today.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const toMonday = (8 - first.getUTCDay()) % 7;
  return addDays(first.toISOString().slice(0, 10), toMonday + 7);
}

const monthName = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * Four assessment weeks in the coming months (R-UMCU-ASM-3): the draft eight weeks before the week, the
 * final three weeks before it; the first is far enough ahead that its draft deadline is still to come.
 */
export function demoAssessmentWeeks(today: string): AssessmentWeekInput[] {
  const plan: { months: number; qualifications: QualificationCode[] }[] = [
    { months: 3, qualifications: ['BKO', 'UvO', 'KKO', 'SKO'] },
    { months: 5, qualifications: ['BKO', 'UvO'] },
    { months: 7, qualifications: ['BKO', 'UvO', 'KKO', 'SKO'] },
    { months: 10, qualifications: ['BKO', 'KKO', 'SKO'] },
  ];
  return plan.map(({ months, qualifications }) => {
    const startsOn = secondMondayOf(today, months);
    return {
      name: `Beoordelingsweek ${monthName.format(new Date(`${startsOn}T00:00:00Z`))}`,
      startsOn,
      endsOn: addDays(startsOn, 4),
      draftDeadline: addDays(startsOn, -56),
      finalDeadline: addDays(startsOn, -21),
      qualifications,
    };
  });
}

/** A demo person as the use cases see a caller: their roles, no session. */
async function demoActor(ctx: AppContext, email: string): Promise<Actor | null> {
  const person = await findPersonByEmail(ctx.db, email);
  if (!person) return null;
  const roles = (await findRolesOfPeople(ctx.db, [person.id])).get(person.id) ?? [];
  return {
    personId: person.id,
    sessionId: 'demo-data',
    displayName: person.displayName,
    email: person.email,
    language: 'nl',
    roles,
  };
}

/**
 * Noor Bakker (BKO obligatory, R-UMCU-BKO-2) had followed two modules before her intake; the adviser
 * records a BKO route of modules, the division pays the assessment and the line manager approves, so her
 * portfolio is in progress, aiming at the third week. Through the use cases, so it is a valid trajectory.
 */
async function seedDemoTrajectory(ctx: AppContext, institutionId: string, expectedWeek: string) {
  const [teacher, adviser, manager] = await Promise.all(
    ['noor.bakker', 'adviser', 'manager'].map((name) => demoActor(ctx, `${name}@docentdossier.test`)),
  );
  if (!teacher || !adviser || !manager) return null;
  const today = todayOf(ctx.now());
  const requested = await requestIntake(ctx, teacher, {
    institutionId,
    from: 'advice',
    qualification: 'BKO',
    message: 'Mijn leidinggevende vroeg me de BKO te halen; ik heb al twee trainingen gevolgd.',
  });
  await recordIntake(ctx, adviser, requested.id, {
    plan: {
      qualification: 'BKO',
      route: 'modules',
      schooling: [
        { source: 'catalogue', itemId: 'activerend-onderwijs', completedOn: addDays(today, -200) },
        { source: 'catalogue', itemId: 'toetsen-beoordelen', completedOn: addDays(today, -90) },
      ],
      payer: 'division',
      expectedAssessmentWeek: expectedWeek,
      notes: 'Modules al gevolgd; ze begint direct aan haar portfolio.',
    },
  });
  const approved = await decideCosts(ctx, manager, requested.id, { decision: 'approve' });
  return { id: approved.id, state: approved.state };
}

/**
 * Adds UMC Utrecht's catalogues (this year and next), assessment weeks and the demo trajectory, once:
 * nothing happens when UMC Utrecht does not exist (no demo data) or already has this year's catalogue
 * (seeded before). Returns whether it seeded.
 */
export async function seedTrajectoryDemoData(ctx: AppContext): Promise<boolean> {
  const today = todayOf(ctx.now());
  const year = yearOf(today);
  const catalogues = [demoCatalogue(year, 0), demoCatalogue(year + 1, 1)];
  const weeks = demoAssessmentWeeks(today);
  const seeded = await ctx.db.transaction(async (tx) => {
    const [umcu, coordinator] = await Promise.all([
      findInstitutionBySlug(tx, 'umcu'),
      findPersonByEmail(tx, 'coordinator@docentdossier.test'),
    ]);
    if (!umcu || !coordinator || (await findCatalogues(tx, umcu.id, year)).length > 0) return null;
    const now = ctx.now();
    for (const catalogue of catalogues)
      await saveCatalogue(tx, { institutionId: umcu.id, catalogue, updatedBy: coordinator.id, now });
    for (const week of weeks)
      await insertWeek(tx, {
        ...week,
        institutionId: umcu.id,
        updatedBy: coordinator.id,
        createdAt: now,
        updatedAt: now,
      });
    return umcu;
  });
  if (!seeded) return false;
  // after the catalogue has committed: the intake reads it, in transactions of its own
  const trajectory = await seedDemoTrajectory(ctx, seeded.id, weeks[2]?.startsOn ?? today);
  await writeAudit(ctx.db, {
    actorId: null,
    action: 'demo-data.seed',
    entityType: 'installation',
    entityId: 'trajectories',
    after: { catalogues: catalogues.map((c) => c.year), assessmentWeeks: weeks, trajectory },
  });
  return true;
}
