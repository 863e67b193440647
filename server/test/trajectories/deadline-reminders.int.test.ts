import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/modules/trajectories/domain/days.js';
import { sendDeadlineReminders } from '../../src/modules/trajectories/send-deadline-reminders.js';
import {
  signUpForWeek,
  updateTrajectoryRow,
} from '../../src/modules/trajectories/trajectories.repository.js';
import { trajectoryRemindersSent } from '../../src/modules/trajectories/trajectories.tables.js';
import { mailOutbox } from '../../src/platform/mail/mail.tables.js';
import { notifications } from '../../src/platform/notifications/notifications.tables.js';
import { createTestApp, type TestApp } from '../harness.js';
import { makeTrajectoryWorld, storeCatalogue, trajectoryWithIntake } from './support.js';

// Reminders a week and a day before an assessment week's deadlines (issue 5, item 7; R-UMCU-ASM-3), sent
// by the daily job's use case for the day it is given.

let t: TestApp;
let w: Awaited<ReturnType<typeof makeTrajectoryWorld>>;

const draftDeadline = '2027-03-08';
const finalDeadline = '2027-03-22';

/** UvO by its course, followed before the intake: straight to the portfolio. */
const uvoPlan = {
  qualification: 'UvO' as const,
  route: 'course' as const,
  schooling: [{ source: 'catalogue' as const, itemId: 'uvo-leergang', completedOn: '2025-01-10' }],
  payer: 'teacher' as const,
};

async function addWeek(name: string, draft: string, final: string) {
  const response = await w.clients.coordinator.post(
    `/api/v1/institutions/${w.institution.id}/assessment-weeks`,
    {
      name,
      draftDeadline: draft,
      finalDeadline: final,
      startsOn: addDays(final, 14),
      endsOn: addDays(final, 18),
      qualifications: ['UvO', 'BKO'],
    },
  );
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json().id as string;
}

/** A trajectory with its portfolio in progress, signed up for the week. */
async function signedUp(weekId: string) {
  const trajectory = await trajectoryWithIntake(t, w, uvoPlan);
  await signUpForWeek(t.database.db, {
    trajectoryId: trajectory.id,
    weekId,
    signedUpBy: trajectory.teacher.person.id,
    now: new Date(),
  });
  return trajectory;
}

const messagesOf = async (personId: string) =>
  t.database.db.select().from(notifications).where(eq(notifications.personId, personId));

let weekId: string;
beforeAll(async () => {
  t = await createTestApp();
  w = await makeTrajectoryWorld(t);
  await storeCatalogue(t.database.db, w.institution.id, w.people.coordinator.id);
  weekId = await addWeek('Beoordelingsweek voorjaar 2027', draftDeadline, finalDeadline);
});
afterAll(() => t.close());

describe('deadline reminders (issue 5, item 7)', () => {
  it('reminds the teacher 7 days and 1 day before each deadline, and on no day beside them', async () => {
    const { id, teacher } = await signedUp(weekId);
    const days = (deadline: string, before: number[]) => before.map((n) => addDays(deadline, -n));
    const expected: Record<string, number> = {};
    for (const day of [
      ...days(draftDeadline, [8, 7, 6, 2, 1, 0]),
      ...days(finalDeadline, [8, 7, 6, 2, 1, 0]),
    ])
      expected[day] = 0;
    for (const day of [...days(draftDeadline, [7, 1]), ...days(finalDeadline, [7, 1])]) expected[day] = 1;

    const sent: Record<string, number> = {};
    for (const day of Object.keys(expected).sort()) sent[day] = await sendDeadlineReminders(t.ctx, day);
    expect(sent).toEqual(expected);

    const messages = await messagesOf(teacher.person.id);
    const reminders = messages.filter((m) => m.kind === 'trajectory.deadline-reminder');
    expect(reminders.map((m) => m.entityId)).toEqual([id, id, id, id]);
    expect(reminders.map((m) => m.message.nl)).toEqual([
      expect.stringContaining('over een week, op 8 maart 2027, is de deadline voor je conceptversie (UvO'),
      expect.stringContaining('morgen, op 8 maart 2027, is de deadline voor je conceptversie'),
      expect.stringContaining('over een week, op 22 maart 2027, is de deadline voor je definitieve versie'),
      expect.stringContaining('morgen, op 22 maart 2027, is de deadline voor je definitieve versie'),
    ]);
    expect(reminders[0]?.message.en).toContain(
      'the deadline for your draft (UvO, Beoordelingsweek voorjaar 2027)',
    );
    // every notification is a mail in the outbox too
    const mails = await t.database.db
      .select()
      .from(mailOutbox)
      .where(
        inArray(
          mailOutbox.notificationId,
          reminders.map((m) => m.id),
        ),
      );
    expect(mails.map((m) => m.toAddress)).toEqual(Array(4).fill(teacher.person.email));
  });

  it('sends a reminder once, however often and however many at a time the job runs', async () => {
    const otherWeek = await addWeek('Najaar 2027', '2027-09-06', '2027-09-20');
    const { id, teacher } = await signedUp(otherWeek);
    const day = addDays('2027-09-06', -7);
    const runs = await Promise.all([sendDeadlineReminders(t.ctx, day), sendDeadlineReminders(t.ctx, day)]);
    expect(runs.reduce((a, b) => a + b)).toBe(1);
    expect(await sendDeadlineReminders(t.ctx, day)).toBe(0);
    expect(await messagesOf(teacher.person.id)).toHaveLength(1);
    const recorded = await t.database.db
      .select()
      .from(trajectoryRemindersSent)
      .where(eq(trajectoryRemindersSent.trajectoryId, id));
    expect(recorded).toMatchObject([{ deadline: 'draft', deadlineOn: '2027-09-06', daysBefore: 7 }]);
  });

  it('reminds only of what is still due, and only for the week signed up for now', async () => {
    const week = await addWeek('Zomer 2027', '2027-06-07', '2027-06-21');
    // the draft is with the adviser: the final deadline still concerns the teacher, the draft one not
    const handedIn = await signedUp(week);
    await updateTrajectoryRow(t.database.db, handedIn.id, { state: 'draft-handed-in' });
    // withdrawn: nothing concerns the teacher any more
    const withdrawn = await signedUp(week);
    expect(
      (await withdrawn.teacher.nl.post(`/api/v1/trajectories/${withdrawn.id}/withdraw`, {})).statusCode,
    ).toBe(200);
    // moved to another week: the old week's deadlines are not theirs
    const moved = await signedUp(week);
    const later = await addWeek('Zomer 2027, later', '2027-06-28', '2027-07-12');
    await signUpForWeek(t.database.db, {
      trajectoryId: moved.id,
      weekId: later,
      signedUpBy: moved.teacher.person.id,
      now: new Date(),
    });

    expect(await sendDeadlineReminders(t.ctx, addDays('2027-06-07', -7))).toBe(0);
    expect(await sendDeadlineReminders(t.ctx, addDays('2027-06-21', -1))).toBe(1);
    expect(await messagesOf(handedIn.teacher.person.id)).toMatchObject([
      { kind: 'trajectory.deadline-reminder' },
    ]);
    expect(
      (await messagesOf(withdrawn.teacher.person.id)).filter(
        (m) => m.kind === 'trajectory.deadline-reminder',
      ),
    ).toEqual([]);
    expect(
      (await messagesOf(moved.teacher.person.id)).filter((m) => m.kind === 'trajectory.deadline-reminder'),
    ).toEqual([]);
    expect(await sendDeadlineReminders(t.ctx, addDays('2027-06-28', -1))).toBe(1);
    expect(
      (await messagesOf(moved.teacher.person.id)).filter((m) => m.kind === 'trajectory.deadline-reminder'),
    ).toHaveLength(1);
  });
});
