import type { Language } from '../../../../contracts/common.js';
import type { HandInFile, PortfolioContent, PortfolioTemplate } from '../../../../contracts/trajectories.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/database.js';
import { readStoredFile, storeFile } from '../../platform/files/files.js';
import type { Actor } from '../../platform/http/auth.js';
import { platformError } from '../../platform/http/errors.js';
import {
  buildHandIn,
  documentLabels,
  type EvidenceFile,
  findOfficeConverter,
  type HandInSet,
  type Portfolio,
} from '../documents/index.js';
import { findInstitution, findPeopleNames } from '../identity/index.js';
import { loadTrajectory, todayOf } from './access.js';
import { type HandInVersion, handInPackage, umcuSubmission } from './domain/hand-in.js';
import { handInDocument } from './domain/hand-in-document.js';
import { contentOf, portfolioOf, templateOf } from './portfolio-access.js';
import { trajectoriesError } from './trajectories.errors.js';
import {
  findPortfolio,
  findVersion,
  insertVersionFile,
  type TrajectoryRow,
  type VersionRow,
  versionFilesOf,
} from './trajectories.repository.js';

// The hand-in as PDF (R-UMCU-SUB-1, -2): a preview of the working copy on demand, and the files of each
// handed-in version, built once after the hand-in and kept. Printed in Dutch, the institution's language.

type HandInRole = HandInFile['role'];

const language: Language = 'nl';

const handInFileRules = {
  purpose: 'trajectory-hand-in',
  accept: ['application/pdf'] as const,
  maxBytes: 2 * 1024 ** 3,
};

export interface PdfDownload {
  content: Buffer;
  fileName: string;
  mediaType: string;
}

interface Built {
  set: HandInSet;
  fileNames: Map<HandInRole, string>;
}

async function build(
  db: Executor,
  row: TrajectoryRow,
  template: PortfolioTemplate,
  content: PortfolioContent,
  version: Portfolio['version'],
): Promise<Built> {
  const person = (await findPeopleNames(db, [row.teacherId])).get(row.teacherId)?.displayName ?? '';
  const institution = (await findInstitution(db, row.institutionId))?.name ?? '';
  const document = handInDocument(template, content, { person, institution, version, language });
  // one after another: a hand-in's files can be large, and a transaction's queries share one connection
  const evidence: EvidenceFile[] = [];
  for (const appendix of document.appendices) {
    const stored = await readStoredFile(db, appendix.fileId);
    if (!stored) throw new Error(`evidence file ${appendix.fileId} is missing`);
    evidence.push({
      id: appendix.id,
      title: appendix.title,
      kind: appendix.kind,
      fileName: appendix.fileName,
      mediaType: appendix.mediaType,
      bytes: stored.content,
    });
  }
  const set = await buildHandIn({
    portfolio: document.portfolio,
    files: umcuSubmission[template.qualification].files,
    evidence,
    labels: documentLabels[language],
    converter: await findOfficeConverter(),
  });
  const stage: HandInVersion =
    version.stage === 'preview'
      ? { kind: 'preview' }
      : version.stage === 'final'
        ? { kind: 'final' }
        : { kind: 'draft', number: version.number ?? 0 };
  const names = handInPackage(template, content, person, stage).files;
  return { set, fileNames: new Map(names.map((f) => [f.role, f.fileName])) };
}

function pick(built: Built, role: HandInRole): PdfDownload {
  const file = built.set.files.find((f) => f.role === role);
  const fileName = built.fileNames.get(role);
  // the qualification is handed in without this file (UvO: one file; the others: two)
  if (!file || !fileName) throw platformError('NOT_FOUND');
  return { content: Buffer.from(file.bytes), fileName, mediaType: 'application/pdf' };
}

/** A PDF of the working copy as it would be handed in now, for the teacher and their adviser. */
export async function previewPdf(
  ctx: AppContext,
  actor: Actor,
  trajectoryId: string,
  role: HandInRole,
): Promise<PdfDownload> {
  const loaded = await loadTrajectory(ctx.db, actor, trajectoryId);
  const portfolio = await portfolioOf(ctx.db, loaded);
  const template = await templateOf(ctx.db, loaded.row.institutionId, portfolio);
  const content = await contentOf(ctx.db, portfolio);
  // UvO is handed in as one file, the others as two: ask for a file the qualification has
  if ((role === 'combined') !== (umcuSubmission[template.qualification].files === 'one')) {
    throw platformError('NOT_FOUND');
  }
  const version = { stage: 'preview' as const, number: null, date: todayOf(ctx.now()) };
  return pick(await build(ctx.db, loaded.row, template, content, version), role);
}

/**
 * Builds the PDFs of a handed-in version from its snapshot and stores them with it. Called after the
 * hand-in's transaction, so the build (a second or more) holds no lock; the snapshot never changes, so a
 * later build gives the same files. Stores in a short transaction of its own.
 */
export async function storeVersionPdfs(ctx: AppContext, row: TrajectoryRow, version: VersionRow) {
  const portfolio = await findPortfolio(ctx.db, row.id);
  if (!portfolio) throw new Error(`trajectory ${row.id} has a version but no portfolio`);
  const template = await templateOf(ctx.db, row.institutionId, {
    ...portfolio,
    templateValidFrom: version.templateValidFrom,
  });
  const built = await build(ctx.db, row, template, version.snapshot as PortfolioContent, {
    stage: version.kind,
    number: version.number,
    date: todayOf(version.handedInAt),
  });
  await ctx.db.transaction(async (tx) => {
    const stored: { role: HandInRole; fileId: string; pages: number }[] = [];
    for (const file of built.set.files) {
      const info = await storeFile(tx, {
        content: file.bytes,
        fileName: built.fileNames.get(file.role) ?? `${file.role}.pdf`,
        rules: handInFileRules,
        uploadedBy: version.handedInBy,
      });
      await insertVersionFile(tx, { versionId: version.id, role: file.role, fileId: info.id });
      stored.push({ role: file.role, fileId: info.id, pages: file.pageCount });
    }
    await writeAudit(tx, {
      actorId: version.handedInBy,
      action: 'trajectory.version-pdfs-stored',
      entityType: 'trajectory',
      entityId: row.id,
      after: { versionId: version.id, number: version.number, files: stored },
    });
  });
}

/**
 * A stored PDF of a handed-in version, for the teacher and their adviser. Files a failed build after the
 * hand-in left out are built now (from the unchanging snapshot).
 */
export async function versionPdf(
  ctx: AppContext,
  actor: Actor,
  opts: { trajectoryId: string; number: number; part: HandInRole },
): Promise<PdfDownload> {
  const loaded = await loadTrajectory(ctx.db, actor, opts.trajectoryId);
  await portfolioOf(ctx.db, loaded);
  const found = await findVersion(ctx.db, opts.trajectoryId, opts.number);
  if (!found) throw trajectoriesError('VERSION_NOT_FOUND');
  let files = await versionFilesOf(ctx.db, found.version.id);
  if (files.length === 0) {
    try {
      await storeVersionPdfs(ctx, loaded.row, found.version);
    } catch (error) {
      // another request stored them at the same moment: use those; anything else is a fault
      files = await versionFilesOf(ctx.db, found.version.id);
      if (files.length === 0) throw error;
    }
    files = await versionFilesOf(ctx.db, found.version.id);
  }
  const fileId = files.find((f) => f.role === opts.part)?.fileId;
  const file = fileId ? await readStoredFile(ctx.db, fileId) : undefined;
  if (!file) throw platformError('NOT_FOUND');
  return { content: file.content, fileName: file.fileName, mediaType: file.mediaType };
}
