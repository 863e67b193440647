import { type PortfolioView, SectionInput } from '../../../../contracts/trajectories-api.js';
import type { AppContext } from '../../platform/context.js';
import type { Actor } from '../../platform/http/auth.js';
import type { PortfolioWorkingCopy } from './domain/templates.js';
import { editPortfolio, templateOf } from './portfolio-access.js';
import { trajectoriesError } from './trajectories.errors.js';
import { evidenceOf } from './trajectories.repository.js';

/** The teacher writes one section: its reflection (rich text) and the evidence it links. */
export async function saveSection(
  ctx: AppContext,
  actor: Actor,
  opts: { trajectoryId: string; sectionId: string },
  input: SectionInput,
): Promise<PortfolioView> {
  const { revision, text, evidenceIds } = SectionInput.parse(input);
  const { trajectoryId, sectionId } = opts;
  return ctx.db.transaction((tx) =>
    editPortfolio(tx, actor, { trajectoryId, revision, now: ctx.now() }, async (loaded, portfolio) => {
      const template = await templateOf(tx, loaded.row.institutionId, portfolio);
      const section = template.sections.find((s) => s.id === sectionId);
      // the CV has its own endpoint
      if (!section || section.kind === 'teaching-cv') {
        throw trajectoriesError('SECTION_NOT_FOUND', { section: sectionId });
      }
      const known = new Set((await evidenceOf(tx, trajectoryId)).map((e) => e.id));
      const unknown = evidenceIds.find((id) => !known.has(id));
      if (unknown) throw trajectoriesError('EVIDENCE_UNKNOWN', { evidence: unknown });
      const copy = portfolio.content as PortfolioWorkingCopy;
      const content = { text, evidenceIds: [...new Set(evidenceIds)] };
      return {
        copy: { ...copy, sections: { ...copy.sections, [sectionId]: content } },
        action: 'trajectory-portfolio.save-section',
        entityType: 'trajectory',
        entityId: trajectoryId,
        before: { section: sectionId, ...copy.sections[sectionId] },
        after: { section: sectionId, ...content },
      };
    }),
  );
}
