// Register hours carry one decimal. The engine counts in whole tenths of an hour, so sums never drift
// (0.1 + 0.2 is 3 tenths, not 0.30000000000000004 hours), and rounds in one way only: half up.

/** Hours as whole tenths, rounded half up: 1.25 → 13, 1.24 → 12. `hours` is never negative. */
export function toTenths(hours: number): number {
  const tenths = hours * 10;
  const whole = Math.round(tenths);
  // Hours with one decimal at most (all the database holds) are a whole number of tenths but for binary
  // noise far below 1e-6; rounding them directly is what the line below gives, without its string.
  if (Math.abs(tenths - whole) < 1e-6) return whole;
  // toPrecision strips the binary noise of the multiplication (1.45 * 10 = 14.499999999999998).
  return Math.round(Number(tenths.toPrecision(12)));
}

/** Half of an amount in tenths, rounded half up like every other rounding here: 0.3 → 0.2 (R-REG-CAP-9). */
export function halfOf(tenths: number): number {
  return Math.round(tenths / 2);
}

/** Tenths back to hours, for presenting: 3 → 0.3, exactly as JSON prints it. */
export function fromTenths(tenths: number): number {
  return tenths / 10;
}
