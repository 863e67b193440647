import type { DrawAuditSample } from '../../../../contracts/register-audit.js';

/** The draw form (R-REG-AUDIT-1): where from, the window of period ends, and a percentage or a count. */
export interface DrawValues {
  /** null: the whole institution */
  unitId: string | null;
  periodEndFrom: string;
  periodEndTo: string;
  by: 'percentage' | 'count';
  size: number | '';
}

export type RequiredDrawField = 'periodEndFrom' | 'periodEndTo' | 'size';

/** The required fields left empty; the server checks the rest (the order of the window, the ranges). */
export function missingDrawFields(values: DrawValues): RequiredDrawField[] {
  const missing: RequiredDrawField[] = [];
  if (!values.periodEndFrom) missing.push('periodEndFrom');
  if (!values.periodEndTo) missing.push('periodEndTo');
  if (values.size === '') missing.push('size');
  return missing;
}

/** The request: the size goes as the one of percentage and count the form chose. */
export function drawInputOf(values: DrawValues): DrawAuditSample {
  if (values.size === '') throw new Error('the form is incomplete');
  return {
    ...(values.unitId ? { unitId: values.unitId } : {}),
    periodEndFrom: values.periodEndFrom,
    periodEndTo: values.periodEndTo,
    [values.by]: values.size,
  };
}
