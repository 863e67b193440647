// Dates are ISO calendar days (`YYYY-MM-DD`), compared as strings; no time zones, no Date objects, so a
// day never shifts by a zone offset and years before 100 stay what they are.

export interface Period {
  /** first day that counts */
  start: string;
  /** last day that counts */
  end: string;
}

interface Day {
  year: number;
  month: number;
  day: number;
}

/** `iso` is a valid `YYYY-MM-DD` (the contracts' IsoDate); by position, as it is read for every activity. */
function parseDay(iso: string): Day {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

function formatDay({ year, month, day }: Day): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The four-year period ending on `end`: (end − 4 years, end] (R-REG-NORM-1, "160 RU over a period of four
 * years"), so 2026-07-31 gives 2022-08-01 … 2026-07-31. Four years before 29 February of a year whose
 * year − 4 is no leap year (2104 → 2100) is 28 February.
 */
export function periodEnding(end: string): Period {
  const { year, month, day } = parseDay(end);
  const before = { year: year - 4, month, day: Math.min(day, daysInMonth(year - 4, month)) };
  let start: Day;
  if (before.day < daysInMonth(before.year, month)) start = { ...before, day: before.day + 1 };
  else if (month < 12) start = { year: before.year, month: month + 1, day: 1 };
  else start = { year: before.year + 1, month: 1, day: 1 };
  return { start: formatDay(start), end };
}

/** Whether a day lies in the period, both ends included. */
export function inPeriod(day: string, period: Period): boolean {
  return day >= period.start && day <= period.end;
}

/**
 * The school year (1 August – 31 July) a day falls in, as `2023-2024`: what "per year" means in the caps
 * (R-REG-CAP-1, -4, -6, -8).
 */
export function schoolYearOf(day: string): string {
  const { year, month } = parseDay(day);
  const first = month >= 8 ? year : year - 1;
  return `${first}-${first + 1}`;
}
