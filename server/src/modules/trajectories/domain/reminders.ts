import type { Reminder } from '../../../../../contracts/trajectories.js';
import type { Messages } from '../../../platform/i18n/language.js';

// The words of a deadline reminder (issue 5, item 7), in both languages, as the notification stores them.

const longDate = {
  nl: new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }),
};

/** A day (`YYYY-MM-DD`) as people write it: "8 december 2026", "8 December 2026". */
const written = (day: string, language: keyof typeof longDate) =>
  longDate[language].format(new Date(`${day}T00:00:00Z`));

/** What the teacher reads a week or a day before the deadline of their draft or final version. */
export function reminderMessage(
  reminder: Reminder,
  weekName: string,
  qualification: string | null,
): Messages {
  const what = [qualification, weekName].filter(Boolean).join(', ');
  const version =
    reminder.deadline === 'draft'
      ? { nl: 'je conceptversie', en: 'your draft' }
      : { nl: 'je definitieve versie', en: 'your final version' };
  const when =
    reminder.daysBefore === 7 ? { nl: 'over een week', en: 'in a week' } : { nl: 'morgen', en: 'tomorrow' };
  return {
    nl: `Herinnering: ${when.nl}, op ${written(reminder.deadlineOn, 'nl')}, is de deadline voor ${version.nl} (${what}). Lever op tijd in.`,
    en: `Reminder: the deadline for ${version.en} (${what}) is ${when.en}, on ${written(reminder.deadlineOn, 'en')}. Hand it in on time.`,
  };
}
