import { ApiSession } from './support.js';

// Trajectories arranged through the API (issue 5), for the e2e tests of the pages that come after them.

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

interface CatalogueRecord {
  items: { kind: 'course' | 'module'; id: string; qualification?: string }[];
  assessmentPriceCents: Record<string, number>;
}

/** UMC Utrecht's catalogue of this year with a BKO course and assessment price; the course's id. */
async function bkoCourse(coordinator: ApiSession, institutionId: string, year: number): Promise<string> {
  const path = `/api/v1/institutions/${institutionId}/trajectory-catalogues`;
  const { items } = (await coordinator.call('GET', path)) as {
    items: (CatalogueRecord & { year: number })[];
  };
  const current = items.find((catalogue) => catalogue.year === year);
  const course = current?.items.find((item) => item.kind === 'course' && item.qualification === 'BKO');
  if (course && current?.assessmentPriceCents.BKO !== undefined) return course.id;
  // none yet (another test may have made one without BKO): add what this test needs, keep what is there
  const id = 'bko-leergang-e2e';
  await coordinator.call('PUT', `${path}/${year}`, {
    items: [
      ...(current?.items ?? []),
      ...(course
        ? []
        : [
            {
              kind: 'course',
              id,
              title: { nl: 'BKO-leergang', en: 'BKO course' },
              qualification: 'BKO',
              priceCents: 350_000,
            },
          ]),
    ],
    assessmentPriceCents: {
      ...current?.assessmentPriceCents,
      BKO: current?.assessmentPriceCents.BKO ?? 95_000,
    },
  });
  return course?.id ?? id;
}

/**
 * A BKO trajectory of `teacherEmail` (a teacher at UMC Utrecht) taken through the intake to
 * portfolio-in-progress: the teacher requests an intake, the adviser offers a time, the teacher accepts,
 * the adviser records a plan the teacher pays (no cost approval, R-UMCU-COST-1) with the course already
 * followed before the intake (no schooling left). Returns the trajectory's id.
 */
export async function portfolioInProgress(baseUrl: string, teacherEmail: string): Promise<string> {
  const teacher = await ApiSession.logIn(baseUrl, teacherEmail);
  const adviser = await ApiSession.logIn(baseUrl, 'adviser@docentdossier.test');
  const coordinator = await ApiSession.logIn(baseUrl, 'coordinator@docentdossier.test');
  const me = (await teacher.call('GET', '/api/v1/me')) as {
    roles: { role: string; institution: { id: string; name: string } | null }[];
  };
  const institutionId = me.roles.find((role) => role.role === 'teacher' && role.institution)?.institution?.id;
  if (!institutionId) throw new Error(`${teacherEmail} is no teacher at an institution`);
  const year = Number(today().slice(0, 4));
  const courseId = await bkoCourse(coordinator, institutionId, year);

  const requested = (await teacher.call('POST', '/api/v1/me/trajectories', {
    institutionId,
    from: 'dossier',
    qualification: 'BKO',
  })) as { id: string };
  const base = `/api/v1/trajectories/${requested.id}`;
  const startsAt = new Date(Date.now() + 86_400_000).toISOString();
  const offered = (await adviser.call('POST', `${base}/intake-offers`, {
    times: [{ startsAt, minutes: 60, location: 'Onderwijscentrum, kamer 1' }],
  })) as { offers: { id: string }[] };
  const offer = offered.offers[0];
  if (!offer) throw new Error('the adviser offered no time');
  await teacher.call('POST', `${base}/intake-offers/${offer.id}/accept`, {});
  const recorded = (await adviser.call('POST', `${base}/intake`, {
    plan: {
      qualification: 'BKO',
      route: 'course',
      schooling: [{ source: 'catalogue', itemId: courseId, completedOn: `${year - 1}-06-30` }],
      payer: 'teacher',
      notes: 'Leergang vorig jaar gevolgd.',
    },
  })) as { state: string };
  if (recorded.state !== 'portfolio-in-progress') {
    throw new Error(`the trajectory is ${recorded.state}, not portfolio-in-progress`);
  }
  return requested.id;
}
