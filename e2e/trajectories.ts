import { ApiSession } from './support.js';

// Trajectories arranged through the API for the e2e tests of the versions pages (issue 5): a UvO trajectory
// of a teacher of UMC Utrecht, paid by the teacher (no line manager involved), up to a portfolio with
// evidence and handed-in drafts. UvO: one course, followed before the intake, so the portfolio opens at once.

/** The smallest file the server takes for a PDF: it checks the content's signature, not the name. */
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A reflection of one paragraph per given text. */
export const reflection = (...texts: string[]) => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

interface Catalogue {
  items: { kind: string; id: string; qualification?: string }[];
  assessmentPriceCents: Record<string, number>;
}

const prices = {
  UvO: { course: 150_000, assessment: 50_000, title: { nl: 'UvO-leergang', en: 'UvO course' } },
  BKO: { course: 350_000, assessment: 95_000, title: { nl: 'BKO-leergang', en: 'BKO course' } },
} as const;

/**
 * The id of UMC Utrecht's course of `qualification` this year, adding the course (and the qualification's
 * assessment price) to the year's catalogue when it has none; other tests' items are kept.
 */
async function courseOf(
  coordinator: ApiSession,
  institutionId: string,
  qualification: keyof typeof prices,
): Promise<string> {
  const path = `/api/v1/institutions/${institutionId}/trajectory-catalogues/${today().slice(0, 4)}`;
  const current = (await coordinator.call('GET', path).catch(() => null)) as Catalogue | null;
  const course = current?.items.find(
    (item) => item.kind === 'course' && item.qualification === qualification,
  );
  if (course && current?.assessmentPriceCents[qualification] !== undefined) return course.id;
  const id = `${qualification.toLowerCase()}-leergang`;
  const items = current?.items ?? [];
  await coordinator.call('PUT', path, {
    items: course
      ? items
      : [
          ...items,
          {
            kind: 'course',
            id,
            title: prices[qualification].title,
            qualification,
            priceCents: prices[qualification].course,
          },
        ],
    assessmentPriceCents: {
      ...current?.assessmentPriceCents,
      [qualification]: prices[qualification].assessment,
    },
  });
  return course?.id ?? id;
}

export interface ArrangedTrajectory {
  id: string;
  institutionId: string;
  teacher: ApiSession;
  adviser: ApiSession;
  coordinator: ApiSession;
  /** `/api/v1/trajectories/:id` */
  base: string;
}

/** A teacher's UvO trajectory with its intake recorded by adviser@: the portfolio is open. */
export async function uvoTrajectory(baseUrl: string, teacherEmail: string): Promise<ArrangedTrajectory> {
  const teacher = await ApiSession.logIn(baseUrl, teacherEmail);
  const adviser = await ApiSession.logIn(baseUrl, 'adviser@docentdossier.test');
  const coordinator = await ApiSession.logIn(baseUrl, 'coordinator@docentdossier.test');
  const me = (await teacher.call('GET', '/api/v1/me')) as { roles: { institution: { id: string } | null }[] };
  const institutionId = me.roles.find((role) => role.institution)?.institution?.id;
  if (!institutionId) throw new Error(`${teacherEmail} teaches nowhere`);
  const itemId = await courseOf(coordinator, institutionId, 'UvO');
  const requested = (await teacher.call('POST', '/api/v1/me/trajectories', {
    institutionId,
    from: 'advice',
    qualification: 'UvO',
  })) as { id: string };
  const base = `/api/v1/trajectories/${requested.id}`;
  await adviser.call('POST', `${base}/intake`, {
    plan: {
      qualification: 'UvO',
      route: 'course',
      schooling: [{ source: 'catalogue', itemId, completedOn: '2025-01-10' }],
      payer: 'teacher',
    },
  });
  return { id: requested.id, institutionId, teacher, adviser, coordinator, base };
}

/**
 * A BKO trajectory of `teacherEmail` (a teacher at UMC Utrecht) taken through the intake to
 * portfolio-in-progress as in use: the teacher requests an intake, adviser@ offers a time, the teacher
 * accepts it, and adviser@ records a plan the teacher pays (no cost approval, R-UMCU-COST-1) with the course
 * followed before the intake (no schooling left). Answers the trajectory's id.
 */
export async function portfolioInProgress(baseUrl: string, teacherEmail: string): Promise<string> {
  const teacher = await ApiSession.logIn(baseUrl, teacherEmail);
  const adviser = await ApiSession.logIn(baseUrl, 'adviser@docentdossier.test');
  const coordinator = await ApiSession.logIn(baseUrl, 'coordinator@docentdossier.test');
  const me = (await teacher.call('GET', '/api/v1/me')) as { roles: { institution: { id: string } | null }[] };
  const institutionId = me.roles.find((role) => role.institution)?.institution?.id;
  if (!institutionId) throw new Error(`${teacherEmail} teaches nowhere`);
  const itemId = await courseOf(coordinator, institutionId, 'BKO');
  const requested = (await teacher.call('POST', '/api/v1/me/trajectories', {
    institutionId,
    from: 'dossier',
    qualification: 'BKO',
  })) as { id: string };
  const base = `/api/v1/trajectories/${requested.id}`;
  const offered = (await adviser.call('POST', `${base}/intake-offers`, {
    times: [
      { startsAt: new Date(Date.now() + 86_400_000).toISOString(), location: 'Onderwijscentrum, kamer 1' },
    ],
  })) as { offers: { id: string }[] };
  const offer = offered.offers[0];
  if (!offer) throw new Error('the adviser offered no time');
  await teacher.call('POST', `${base}/intake-offers/${offer.id}/accept`, {});
  const recorded = (await adviser.call('POST', `${base}/intake`, {
    plan: {
      qualification: 'BKO',
      route: 'course',
      schooling: [{ source: 'catalogue', itemId, completedOn: `${Number(today().slice(0, 4)) - 1}-06-30` }],
      payer: 'teacher',
    },
  })) as { state: string };
  if (recorded.state !== 'portfolio-in-progress') {
    throw new Error(`the trajectory is ${recorded.state}, not portfolio-in-progress`);
  }
  return requested.id;
}

/** An open assessment week for UvO, a few weeks ahead, to sign up for with the draft (R-UMCU-ASM-3). */
export async function uvoAssessmentWeek(trajectory: ArrangedTrajectory, name: string): Promise<string> {
  const week = (await trajectory.coordinator.call(
    'POST',
    `/api/v1/institutions/${trajectory.institutionId}/assessment-weeks`,
    {
      name,
      startsOn: inDays(60),
      endsOn: inDays(64),
      draftDeadline: inDays(30),
      finalDeadline: inDays(45),
      qualifications: ['UvO'],
    },
  )) as { id: string };
  return week.id;
}

/** Adds an evidence item with one PDF file; answers its id. */
export async function addEvidence(
  trajectory: Pick<ArrangedTrajectory, 'teacher' | 'base'>,
  kind: string,
  title: string,
): Promise<string> {
  const portfolio = (await trajectory.teacher.call('POST', `${trajectory.base}/evidence`, {
    kind,
    title,
  })) as { content: { evidence: { id: string; title: string }[] } };
  const item = portfolio.content.evidence.find((candidate) => candidate.title === title);
  if (!item) throw new Error(`evidence ${title} was not added`);
  const body = new FormData();
  body.append('file', new Blob([pdf], { type: 'application/pdf' }), `${kind}.pdf`);
  const { cookies } = trajectory.teacher;
  const response = await fetch(`${trajectory.teacher.baseUrl}${trajectory.base}/evidence/${item.id}/files`, {
    method: 'POST',
    headers: {
      'x-csrf-token': cookies.get('dd_csrf') ?? '',
      cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    },
    body,
  });
  if (!response.ok) throw new Error(`upload of ${title}: ${response.status} ${await response.text()}`);
  return item.id;
}
