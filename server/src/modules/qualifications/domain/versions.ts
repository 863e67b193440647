/** What choosing a version needs to know of it. */
export interface DatedVersion {
  validFrom: string;
  publishedAt: Date;
}

/**
 * The version in force on a day (`YYYY-MM-DD`): the latest start on or before it. Two published versions
 * with the same start: the later publication wins, so a correction can replace a version from its own
 * start date without touching the published one. Null when the policy had not started yet.
 */
export function versionInForce<T extends DatedVersion>(versions: readonly T[], on: string): T | null {
  let best: T | null = null;
  for (const v of versions) {
    if (v.validFrom > on) continue; // ISO dates compare as strings
    if (
      !best ||
      v.validFrom > best.validFrom ||
      (v.validFrom === best.validFrom && v.publishedAt > best.publishedAt)
    ) {
      best = v;
    }
  }
  return best;
}

const amsterdamDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in the Netherlands at a moment, `YYYY-MM-DD`: "today" for an institution here. */
export function dayInAmsterdam(moment: Date): string {
  return amsterdamDay.format(moment);
}

/**
 * Why a version may not be published from `validFrom`, or null when it may: it starts before today (advice
 * already given under the version in force would change after the fact), or on the day another published
 * version starts (which of the two holds would depend on the order of publication).
 */
export function publicationProblem(
  validFrom: string,
  today: string,
  publishedStarts: readonly string[],
): 'start-in-past' | 'start-taken' | null {
  if (validFrom < today) return 'start-in-past';
  if (publishedStarts.includes(validFrom)) return 'start-taken';
  return null;
}
