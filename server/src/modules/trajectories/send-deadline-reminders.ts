import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { notify } from '../../platform/notifications/notifications.js';
import { lastVerdictOf, todayOf } from './access.js';
import { addDays } from './domain/days.js';
import { remindersDue } from './domain/hand-in.js';
import { reminderMessage } from './domain/reminders.js';
import { recordReminderSent, signedUpWithDeadlineOn, versionsOf } from './trajectories.repository.js';
import { weekOf } from './versions.js';

/** How often the job looks: hourly, so the day's reminders go soon after midnight in Amsterdam. */
const INTERVAL_MS = 60 * 60_000;

/**
 * The deadline reminders of `today` (a Europe/Amsterdam day; issue 5, item 7): the teacher of every
 * trajectory signed up for an assessment week (R-UMCU-ASM-3) whose draft or final is still due hears of it
 * 7 days and 1 day before that deadline. Each reminder is recorded with its notification (and so its mail)
 * in one transaction, and only when not recorded before: it goes once, however often and wherever this
 * runs. Resolves with how many were sent.
 */
export async function sendDeadlineReminders(ctx: AppContext, today: string): Promise<number> {
  const candidates = await signedUpWithDeadlineOn(ctx.db, [addDays(today, 7), addDays(today, 1)]);
  let sent = 0;
  for (const { trajectory, week } of candidates) {
    sent += await ctx.db.transaction(async (tx) => {
      const versions = await versionsOf(tx, trajectory.id);
      let count = 0;
      for (const reminder of remindersDue(weekOf(week), trajectory.state, lastVerdictOf(versions), today)) {
        const { deadline, deadlineOn, daysBefore } = reminder;
        const now = ctx.now();
        const key = { trajectoryId: trajectory.id, deadline, deadlineOn, daysBefore };
        if (!(await recordReminderSent(tx, { ...key, sentAt: now }))) continue;
        await writeAudit(tx, {
          actorId: null,
          action: 'trajectory.deadline-reminder',
          entityType: 'trajectory',
          entityId: trajectory.id,
          after: { ...key, weekId: week.id },
        });
        await notify(
          tx,
          [
            {
              personId: trajectory.teacherId,
              kind: 'trajectory.deadline-reminder',
              entityType: 'trajectory',
              entityId: trajectory.id,
              message: reminderMessage(reminder, week.name, trajectory.qualification),
            },
          ],
          now,
        );
        count += 1;
      }
      return count;
    });
  }
  return sent;
}

interface Log {
  warn(obj: object, msg: string): void;
}

/**
 * Runs the reminders now and then hourly, in the server process (tests call the use case instead); `stop`
 * waits for a run in progress, so the database is not closed under it.
 */
export function startDeadlineReminders(ctx: AppContext, log: Log, intervalMs = INTERVAL_MS) {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = running
      .then(() => sendDeadlineReminders(ctx, todayOf(ctx.now())))
      .catch((err: unknown) => log.warn({ err }, 'sending deadline reminders failed'));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
