import type { PortfolioTemplate } from '../../../../contracts/trajectories.js';
import type { Executor } from '../../platform/db/database.js';
import { carryOver, mayCarryOver } from './domain/carry-over.js';
import { emptyPortfolio, type PortfolioWorkingCopy } from './domain/templates.js';
import { contentOf, templateOf } from './portfolio-access.js';
import { trajectoriesError } from './trajectories.errors.js';
import {
  deleteEvidenceOfTrajectory,
  findPortfolio,
  findTrajectoryRow,
  insertEvidenceItem,
  linkEvidenceFile,
  resetPortfolio,
  type TrajectoryRow,
} from './trajectories.repository.js';

/**
 * Starts (or, for a revised plan, starts again) the portfolio of a trajectory after `template`: empty, or as
 * a copy of the teacher's earlier portfolio where a rule allows it (UvO → BKO, R-UMCU-UVO-4): the CV, the
 * shared sections and every evidence item, each a new item that remembers where it came from and shares the
 * stored files. Nothing can be written before the intake's costs are settled, so starting again loses nothing.
 */
export async function startPortfolio(
  tx: Executor,
  values: {
    row: TrajectoryRow;
    template: PortfolioTemplate;
    carryOverFrom: string | null;
    by: string;
    now: Date;
  },
): Promise<void> {
  const { row, template } = values;
  await deleteEvidenceOfTrajectory(tx, row.id);
  let copy: PortfolioWorkingCopy = emptyPortfolio(template);
  if (values.carryOverFrom) {
    const source = await findTrajectoryRow(tx, values.carryOverFrom);
    const sourcePortfolio = source ? await findPortfolio(tx, source.id) : undefined;
    // another person's trajectory is not found, as everywhere
    if (!source || source.teacherId !== row.teacherId || source.id === row.id || !sourcePortfolio) {
      throw trajectoriesError('TRAJECTORY_NOT_FOUND');
    }
    if (!mayCarryOver(sourcePortfolio.qualification, template.qualification)) {
      throw trajectoriesError('PORTFOLIO_CARRY_OVER_NOT_ALLOWED', {
        from: sourcePortfolio.qualification,
        to: template.qualification,
      });
    }
    const carried = carryOver(
      {
        template: await templateOf(tx, source.institutionId, sourcePortfolio),
        content: await contentOf(tx, sourcePortfolio),
        trajectoryId: source.id,
      },
      template,
    );
    const newIds = new Map<string, string>();
    for (const e of carried.content.evidence) {
      const origin = e.carriedOverFrom;
      const item = await insertEvidenceItem(tx, {
        trajectoryId: row.id,
        kind: e.kind,
        title: e.title,
        description: e.description,
        date: e.date,
        carriedOverFromTrajectory: origin?.trajectoryId ?? source.id,
        carriedOverFromQualification: origin?.qualification ?? sourcePortfolio.qualification,
        createdBy: values.by,
        createdAt: values.now,
      });
      newIds.set(e.id, item.id);
      for (const f of e.files) await linkEvidenceFile(tx, item.id, f.fileId);
    }
    copy = {
      cv: carried.content.cv,
      sections: Object.fromEntries(
        Object.entries(carried.content.sections).map(([id, s]) => [
          id,
          { ...s, evidenceIds: s.evidenceIds.flatMap((e) => newIds.get(e) ?? []) },
        ]),
      ),
    };
  }
  await resetPortfolio(tx, {
    trajectoryId: row.id,
    qualification: template.qualification,
    templateValidFrom: template.validFrom,
    content: copy,
    updatedBy: values.by,
    now: values.now,
  });
}
