import { z } from 'zod';
import { QualificationCode } from '../../../../contracts/qualifications.js';
import { TrajectoryState } from '../../../../contracts/trajectories.js';

// Search parameters of the coordinator's pages, so a link or reload keeps what was chosen.

const institution = z.uuid().optional().catch(undefined);

export const TrajectoriesOverviewSearch = z.object({
  institution,
  state: TrajectoryState.optional().catch(undefined),
});

export const AssessmentWeeksSearch = z.object({ institution });

export const CatalogueSearch = z.object({
  institution,
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  tab: z.enum(['prices', 'requirements']).catch('prices').default('prices'),
  qualification: QualificationCode.catch('BKO').default('BKO'),
});
