import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../../contracts/common.js';
import {
  CompleteSchoolingInput,
  CvInput,
  EvidenceFileParam,
  EvidenceInput,
  EvidenceParam,
  PortfolioView,
  SchoolingParam,
  SectionInput,
  SectionParam,
  TrajectoryDetail,
  TrajectoryIdParam,
} from '../../../../contracts/trajectories-api.js';
import type { AppContext } from '../../platform/context.js';
import { contentDisposition } from '../../platform/files/files.js';
import { readSingleUpload } from '../../platform/files/upload.js';
import { actorOf } from '../../platform/http/auth.js';
import { addEvidence } from './add-evidence.js';
import { completeSchooling } from './complete-schooling.js';
import { downloadEvidenceFile } from './download-evidence-file.js';
import { getPortfolio } from './read-portfolio.js';
import { removeEvidence } from './remove-evidence.js';
import { saveCv } from './save-cv.js';
import { saveSection } from './save-section.js';
import { uploadEvidenceFile } from './upload-evidence-file.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const uploadErrors = { ...errors, 413: ErrorBody, 415: ErrorBody };
const tags = ['trajectories'];
const LOCKED =
  'Only the teacher; only while editable (schooling, portfolio in progress, after feedback, revising): ' +
  'otherwise 409 PORTFOLIO_LOCKED. The first edit after feedback moves the trajectory to revising.';

const sendFile = (reply: FastifyReply, file: { content: Buffer; fileName: string; mediaType: string }) =>
  reply
    .type(file.mediaType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('cache-control', 'private, no-store')
    .send(file.content);

/** The portfolio by template (issue 5, item 3): CV, sections, evidence and the live checklist; schooling done. */
export function portfolioRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/trajectories/:trajectoryId/portfolio',
      {
        schema: {
          tags,
          summary: 'The portfolio: template, working copy, evidence and the live checklist (R-UMCU-PF-1)',
          description:
            'For the teacher and their adviser; a line manager or coordinator: 403 (never the content).',
          params: TrajectoryIdParam,
          response: { 200: PortfolioView, ...errors },
        },
      },
      async (request) => getPortfolio(ctx, actorOf(request), request.params.trajectoryId),
    );

    app.put(
      '/trajectories/:trajectoryId/portfolio/cv',
      {
        schema: {
          tags,
          summary: 'Write the teaching CV whole',
          description: `${LOCKED} With revision: a save since is 409 PORTFOLIO_CHANGED.`,
          params: TrajectoryIdParam,
          body: CvInput,
          response: { 200: PortfolioView, ...errors },
        },
      },
      async (request) => saveCv(ctx, actorOf(request), request.params.trajectoryId, request.body),
    );

    app.put(
      '/trajectories/:trajectoryId/portfolio/sections/:sectionId',
      {
        schema: {
          tags,
          summary: 'Write one section: its reflection (rich text, Tiptap JSON) and linked evidence',
          description: `${LOCKED} Evidence the portfolio does not have: 400.`,
          params: SectionParam,
          body: SectionInput,
          response: { 200: PortfolioView, ...errors },
        },
      },
      async (request) => saveSection(ctx, actorOf(request), request.params, request.body),
    );

    app.post(
      '/trajectories/:trajectoryId/evidence',
      {
        schema: {
          tags,
          summary: 'Add an evidence item (kind, title, description, date); upload its files next',
          description: LOCKED,
          params: TrajectoryIdParam,
          body: EvidenceInput,
          response: { 201: PortfolioView, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await addEvidence(ctx, actorOf(request), request.params.trajectoryId, request.body)),
    );

    app.post(
      '/trajectories/:trajectoryId/evidence/:evidenceId/files',
      {
        schema: {
          tags,
          summary: 'Upload a file to an evidence item (multipart/form-data, field file)',
          description:
            `${LOCKED} PDF, PNG, JPEG, WebP, Word, Excel, PowerPoint or OpenDocument, recognised by content ` +
            '(415 otherwise), stored as given; at most UPLOAD_MAX_MB (413).',
          params: EvidenceParam,
          consumes: ['multipart/form-data'],
          response: { 201: PortfolioView, ...uploadErrors },
        },
      },
      async (request, reply) => {
        const upload = await readSingleUpload(request, ctx.config.uploadMaxBytes);
        const view = await uploadEvidenceFile(ctx, actorOf(request), { ...request.params, ...upload });
        return reply.status(201).send(view);
      },
    );

    app.get(
      '/trajectories/:trajectoryId/evidence/:evidenceId/files/:fileId',
      {
        schema: {
          tags,
          summary: 'Download a file of an evidence item',
          params: EvidenceFileParam,
          response: { 200: z.unknown().describe('the file, as uploaded'), ...errors },
        },
      },
      async (request, reply) =>
        sendFile(reply, await downloadEvidenceFile(ctx, actorOf(request), request.params)),
    );

    app.delete(
      '/trajectories/:trajectoryId/evidence/:evidenceId',
      {
        schema: {
          tags,
          summary: 'Remove an evidence item, and its links from the sections',
          description: `${LOCKED} A certificate of completed schooling stays (409).`,
          params: EvidenceParam,
          response: { 200: PortfolioView, ...errors },
        },
      },
      async (request) => removeEvidence(ctx, actorOf(request), request.params),
    );

    app.post(
      '/trajectories/:trajectoryId/schooling/:schoolingId/complete',
      {
        schema: {
          tags,
          summary: 'Record planned schooling as completed, with its certificate (an evidence item)',
          description:
            'By the teacher or their adviser. The certificate is evidence of kind schooling-certificate with a ' +
            'file (400 otherwise). The last open item moves the trajectory on to the portfolio.',
          params: SchoolingParam,
          body: CompleteSchoolingInput,
          response: { 200: TrajectoryDetail, ...errors },
        },
      },
      async (request) => completeSchooling(ctx, actorOf(request), request.params, request.body),
    );
  };
}
