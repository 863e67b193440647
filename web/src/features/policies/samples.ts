import type { TFunction } from 'i18next';
import type { EvaluatePolicyVersionInput } from '../../../../contracts/qualifications.js';

export type Samples = EvaluatePolicyVersionInput['samples'];

/**
 * Profiles to start the sample evaluation with: one near each kind of threshold the shipped policies
 * have (a professor, a broad task at 0.25 fte, a small task of 35 contact hours, no teaching at all), so a
 * changed threshold shows at once. The administrator may change them freely.
 */
export const defaultSamples = (t: TFunction): Samples => [
  {
    label: t('policies.samples.professor'),
    profile: {
      employment: { permanent: true, years: 0 },
      positions: ['full-professor'],
      teachingFte: 0.05,
      competencyAreas: ['delivery'],
      deliveryTasks: ['lecture'],
    },
  },
  {
    label: t('policies.samples.broad'),
    profile: {
      employment: { permanent: false, years: 3 },
      teachingFte: 0.25,
      contactHoursPerYear: 60,
      teachingYears: 2,
      competencyAreas: ['design', 'delivery', 'assessment'],
      deliveryTasks: ['lecture', 'working-group'],
    },
  },
  {
    label: t('policies.samples.small'),
    profile: {
      employment: { permanent: false, years: 1 },
      teachingFte: 0.1,
      contactHoursPerYear: 35,
      teachingYears: 1,
      competencyAreas: ['delivery'],
      deliveryTasks: ['working-group'],
    },
  },
  { label: t('policies.samples.none'), profile: {} },
];
