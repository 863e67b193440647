import type { QualificationCode, RecordQualificationInput } from '../../../../contracts/qualifications.js';

/** The form's values as typed: empty strings until chosen. */
export interface EarnedValues {
  code: QualificationCode | '';
  /** `2024-06-30`, as a date input gives it */
  earnedOn: string;
  issuer: string;
  institutionId: string;
}

export const noEarnedValues: EarnedValues = { code: '', earnedOn: '', issuer: '', institutionId: '' };

/** The catalogue key of each problem, by field; the same limits as the contract, checked before sending. */
export type EarnedProblems = Partial<
  Record<
    keyof EarnedValues,
    'validation.required' | 'qualifications.earned.invalid.future' | 'qualifications.earned.invalid.issuer'
  >
>;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function earnedProblems(values: EarnedValues, today: string): EarnedProblems {
  const problems: EarnedProblems = {};
  if (!values.code) problems.code = 'validation.required';
  if (!ISO_DAY.test(values.earnedOn)) problems.earnedOn = 'validation.required';
  else if (values.earnedOn > today) problems.earnedOn = 'qualifications.earned.invalid.future';
  const issuer = values.issuer.trim().length;
  if (issuer === 0) problems.issuer = 'validation.required';
  else if (issuer < 2 || issuer > 200) problems.issuer = 'qualifications.earned.invalid.issuer';
  return problems;
}

/** The request for values without problems. */
export const recordRequest = (values: EarnedValues): RecordQualificationInput => ({
  code: values.code as QualificationCode,
  earnedOn: values.earnedOn,
  issuer: values.issuer.trim(),
  institutionId: values.institutionId || null,
});
