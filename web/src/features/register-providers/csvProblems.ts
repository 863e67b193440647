/** One bad row of an attendance list, as the server named it (its message already in the user's language). */
export interface CsvProblem {
  line: number;
  message: string;
}

/**
 * The bad rows of a refused attendance list (`ATTENDANCE_CSV_INVALID`), in line order; null for any other
 * error, which shows as a plain error. Read by shape, so this stays free of the API client.
 */
export function csvProblems(error: unknown): CsvProblem[] | null {
  const { code, details } = (error ?? {}) as { code?: unknown; details?: { issues?: unknown } };
  if (code !== 'ATTENDANCE_CSV_INVALID' || !Array.isArray(details?.issues)) return null;
  return details.issues
    .filter(
      (issue): issue is CsvProblem => typeof issue?.line === 'number' && typeof issue?.message === 'string',
    )
    .map(({ line, message }) => ({ line, message }))
    .sort((a, b) => a.line - b.line);
}
