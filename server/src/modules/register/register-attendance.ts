import type { Language } from '../../../../contracts/common.js';
import type { AttendanceMatch } from '../../../../contracts/register.js';
import type {
  Attendance,
  AttendanceImport,
  AttendanceList,
  MyAttendanceList,
  RegisterAttendance,
} from '../../../../contracts/register-providers.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import type { Actor } from '../../platform/http/auth.js';
import { format } from '../../platform/i18n/language.js';
import { notify } from '../../platform/notifications/notifications.js';
import { findInstitution, findPeopleByEmails, findPeopleNames } from '../identity/index.js';
import {
  type AttendanceRow as CsvRow,
  MAX_ATTENDANCE_ROWS,
  parseAttendanceCsv,
} from './domain/attendance-csv.js';
import { loadManagedActivity, presentProviderActivities } from './provider-activities.js';
import { attendanceRowMessages, providersError } from './providers.errors.js';
import {
  type AttendanceRow,
  findPeopleByRegisterNumbers,
  findValidatedActivities,
  insertAttendances,
  insertValidatedActivities,
  listAttendancesOf,
  listAttendancesOfPerson,
  type ProviderActivityRow,
} from './providers.repository.js';

// A provider registers who attended a validated activity (R-REG-EVID-1), one by one or as a list; each
// attendance puts the activity, validated, in the attendee's dossier. A list is registered whole or not at
// all: a provider fixes the file and sends it again, rather than wondering which rows went in. Someone
// already registered is left as they were, so sending a corrected or longer list again is safe.

export const certificateUrl = (attendanceId: string) => `/api/v1/attendances/${attendanceId}/certificate.pdf`;

interface Attendee {
  line: number;
  personId: string;
  matchedBy: AttendanceMatch;
  matchedValue: string;
}

type RowProblem = keyof typeof attendanceRowMessages;
interface RowError {
  line: number;
  problem: RowProblem;
  value?: string;
  firstLine?: number;
}

/** Who each row names, by e-mail address or register number; both given must name the same person. */
async function resolveAttendees(
  db: Executor,
  rows: CsvRow[],
): Promise<{ attendees: Attendee[]; errors: RowError[] }> {
  const [byEmail, byNumber] = await Promise.all([
    findPeopleByEmails(
      db,
      rows.flatMap((r) => (r.email ? [r.email] : [])),
    ),
    findPeopleByRegisterNumbers(
      db,
      rows.flatMap((r) => (r.registerNumber ? [r.registerNumber] : [])),
    ),
  ]);
  const attendees: Attendee[] = [];
  const errors: RowError[] = [];
  const lineOf = new Map<string, number>();
  for (const { line, email, registerNumber } of rows) {
    const viaEmail = email ? byEmail.get(email.toLowerCase())?.id : undefined;
    const viaNumber = registerNumber ? byNumber.get(registerNumber) : undefined;
    if (email && !viaEmail) errors.push({ line, problem: 'unknown-email', value: email });
    if (registerNumber && !viaNumber) {
      errors.push({ line, problem: 'unknown-register-number', value: registerNumber });
    }
    if ((email && !viaEmail) || (registerNumber && !viaNumber)) continue;
    if (viaEmail && viaNumber && viaEmail !== viaNumber) {
      errors.push({ line, problem: 'different-people' });
      continue;
    }
    const personId = (viaNumber ?? viaEmail) as string;
    const firstLine = lineOf.get(personId);
    if (firstLine !== undefined) {
      errors.push({ line, problem: 'same-person', firstLine });
      continue;
    }
    lineOf.set(personId, line);
    attendees.push({
      line,
      personId,
      // The register's own number names the teacher most precisely, so it is recorded when given.
      matchedBy: registerNumber ? 'register-number' : 'email',
      matchedValue: (registerNumber ?? email) as string,
    });
  }
  return { attendees, errors };
}

async function presentAttendances(db: Executor, rows: AttendanceRow[]): Promise<Attendance[]> {
  const [names, activities] = await Promise.all([
    findPeopleNames(
      db,
      rows.map((r) => r.personId),
    ),
    findValidatedActivities(db, [...new Set(rows.map((r) => r.providerActivityId))]),
  ]);
  return rows.map((r) => ({
    id: r.id,
    providerActivityId: r.providerActivityId,
    person: { id: r.personId, displayName: names.get(r.personId)?.displayName ?? '' },
    matchedBy: r.matchedBy,
    matchedValue: r.matchedValue,
    activityId: activities.get(`${r.providerActivityId}:${r.personId}`) ?? null,
    registeredAt: r.registeredAt.toISOString(),
    certificateUrl: certificateUrl(r.id),
  }));
}

function assertOpen(activity: ProviderActivityRow): void {
  if (!activity.publishedAt || activity.withdrawnAt) throw providersError('PROVIDER_ACTIVITY_WITHDRAWN');
}

/** Registers the attendees and puts the validated activity in their dossiers; skips those already there. */
async function register(
  tx: Executor,
  actor: Actor,
  activity: ProviderActivityRow,
  attendees: Attendee[],
  now: Date,
) {
  const inserted = await insertAttendances(
    tx,
    attendees.map((a) => ({
      providerActivityId: activity.id,
      personId: a.personId,
      matchedBy: a.matchedBy,
      matchedValue: a.matchedValue,
      registeredBy: actor.personId,
      registeredAt: now,
    })),
  );
  const registered = new Set(inserted.map((a) => a.personId));
  const dossier = await insertValidatedActivities(tx, activity, [...registered], actor.personId, now);
  const provider = (await findInstitution(tx, activity.institutionId))?.name ?? '';
  await notify(
    tx,
    inserted.map((attendance) => ({
      personId: attendance.personId,
      kind: 'register.attendance-registered',
      entityType: 'attendance',
      entityId: attendance.id,
      message: {
        nl: `${provider} heeft je deelname aan ‘${activity.title}’ (${activity.number}) geregistreerd. De activiteit staat gevalideerd in je registerdossier; het certificaat kun je downloaden.`,
        en: `${provider} registered your attendance at ‘${activity.title}’ (${activity.number}). The activity is in your register dossier, validated; you can download the certificate.`,
      },
    })),
    now,
  );
  return { inserted, dossier, already: attendees.filter((a) => !registered.has(a.personId)) };
}

export async function registerAttendance(
  ctx: AppContext,
  actor: Actor,
  opts: RegisterAttendance & { providerActivityId: string },
): Promise<Attendance> {
  if (Boolean(opts.email) === Boolean(opts.registerNumber)) {
    throw providersError('ATTENDEE_IDENTIFIER', undefined, {
      issues: [{ field: 'body.email', message: 'email | registerNumber' }],
    });
  }
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const activity = await loadManagedActivity(tx, actor, opts.providerActivityId);
    assertOpen(activity);
    const row = { line: 1, email: opts.email ?? null, registerNumber: opts.registerNumber ?? null };
    const { attendees } = await resolveAttendees(tx, [row]);
    const [attendee] = attendees;
    if (!attendee) {
      throw opts.email
        ? providersError('ATTENDEE_UNKNOWN_EMAIL', { value: opts.email })
        : providersError('ATTENDEE_UNKNOWN_REGISTER_NUMBER', { value: opts.registerNumber as string });
    }
    const { inserted, dossier } = await register(tx, actor, activity, [attendee], now);
    const [attendance] = inserted;
    if (!attendance) {
      const names = await findPeopleNames(tx, [attendee.personId]);
      throw providersError('ATTENDANCE_ALREADY_REGISTERED', {
        name: names.get(attendee.personId)?.displayName ?? attendee.matchedValue,
      });
    }
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'attendance.register',
      entityType: 'attendance',
      entityId: attendance.id,
      after: { attendance, dossierActivityId: dossier[0]?.id ?? null },
    });
    const [presented] = await presentAttendances(tx, [attendance]);
    return presented as Attendance;
  });
}

/**
 * Registers the attendees of a CSV list (see domain/attendance-csv.ts) all at once, or none: any bad row
 * answers 400 with every row's problem, each as `line N` with a message in the caller's language.
 */
export async function importAttendanceCsv(
  ctx: AppContext,
  actor: Actor,
  opts: { providerActivityId: string; csv: Uint8Array; language: Language },
): Promise<AttendanceImport> {
  const now = ctx.now();
  return ctx.db.transaction(async (tx) => {
    const activity = await loadManagedActivity(tx, actor, opts.providerActivityId);
    assertOpen(activity);
    const parsed = parseAttendanceCsv(opts.csv);
    const resolved = await resolveAttendees(tx, parsed.rows);
    const { attendees } = resolved;
    const errors: RowError[] = [...parsed.errors, ...resolved.errors];
    if (errors.length > 0) {
      const issues = errors
        .sort((a, b) => a.line - b.line)
        .map((e) => ({
          field: `line ${e.line}`,
          line: e.line,
          problem: e.problem,
          message: format(attendanceRowMessages[e.problem][opts.language], {
            line: e.line,
            value: e.value ?? '',
            firstLine: e.firstLine ?? '',
            max: MAX_ATTENDANCE_ROWS,
          }),
        }));
      const count = new Set(errors.map((e) => e.line)).size;
      throw providersError('ATTENDANCE_CSV_INVALID', { count }, { issues });
    }
    const { inserted, dossier, already } = await register(tx, actor, activity, attendees, now);
    const lineOf = new Map(attendees.map((a) => [a.personId, a.line]));
    const dossierOf = new Map(dossier.map((d) => [d.personId, d.id]));
    await writeAudit(tx, {
      actorId: actor.personId,
      action: 'attendance.import',
      entityType: 'provider-activity',
      entityId: activity.id,
      after: {
        registered: inserted.map((a) => ({
          line: lineOf.get(a.personId),
          attendanceId: a.id,
          personId: a.personId,
          matchedBy: a.matchedBy,
          matchedValue: a.matchedValue,
          dossierActivityId: dossierOf.get(a.personId) ?? null,
        })),
        alreadyRegistered: already.map((a) => ({ line: a.line, personId: a.personId })),
      },
    });
    return {
      registered: await presentAttendances(tx, inserted),
      alreadyRegistered: already.map((a) => ({ line: a.line, personId: a.personId })),
    };
  });
}

export async function listAttendances(
  ctx: AppContext,
  actor: Actor,
  providerActivityId: string,
): Promise<AttendanceList> {
  const activity = await loadManagedActivity(ctx.db, actor, providerActivityId);
  return { items: await presentAttendances(ctx.db, await listAttendancesOf(ctx.db, activity.id)) };
}

/** The validated activities the actor attended, with their certificates. */
export async function listMyAttendances(ctx: AppContext, actor: Actor): Promise<MyAttendanceList> {
  const rows = await listAttendancesOfPerson(ctx.db, actor.personId);
  const [activities, dossier] = await Promise.all([
    presentProviderActivities(
      ctx.db,
      rows.map((r) => r.activity),
    ),
    findValidatedActivities(
      ctx.db,
      rows.map((r) => r.activity.id),
    ),
  ]);
  return {
    items: rows.map(({ attendance }, i) => {
      const {
        attendances: _count,
        publishedAt: _p,
        withdrawnAt: _w,
        ...providerActivity
      } = activities[i] as (typeof activities)[number];
      return {
        id: attendance.id,
        providerActivity,
        activityId: dossier.get(`${attendance.providerActivityId}:${attendance.personId}`) ?? null,
        registeredAt: attendance.registeredAt.toISOString(),
        certificateUrl: certificateUrl(attendance.id),
      };
    }),
  };
}
