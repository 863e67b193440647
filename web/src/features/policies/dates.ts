/** A calendar day, `2026-11-23`. */
export type IsoDate = string;

/** Today in Europe/Amsterdam, the day the server counts from (publication may not start before it). */
export function todayInAmsterdam(now = new Date()): IsoDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(now);
}

/** The day after `day`, computed in UTC so no zone or summer time moves it. */
export function nextDay(day: IsoDate): IsoDate {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** A day in the interface language, e.g. "1 oktober 2023". */
export const formatDay = (day: IsoDate, language: string) =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

/** A moment in the interface language, in Dutch time. */
export const formatMoment = (moment: string, language: string) =>
  new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(moment));
