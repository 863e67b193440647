// Days are ISO calendar days (`YYYY-MM-DD`) in Europe/Amsterdam, compared as strings. Arithmetic runs on
// UTC midnights, where every day has 24 hours, so no zone or daylight-saving change can move a day.

const DAY_MS = 24 * 60 * 60 * 1000;

function utcOf(day: string): number {
  const [year = Number.NaN, month = Number.NaN, date = Number.NaN] = day.split('-').map(Number);
  return Date.UTC(year, month - 1, date);
}

/** The day `n` days after `day` (before it when `n` is negative). */
export function addDays(day: string, n: number): string {
  return new Date(utcOf(day) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The calendar year of a day. */
export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}
