import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../../contracts/common.js';
import {
  CancelInput,
  ChooseWeekInput,
  CompareQuery,
  FeedbackInput,
  FinalCheckInput,
  HandInInput,
  PreviewPdfParam,
  TrajectoryDetail,
  TrajectoryIdParam,
  VersionComparison,
  VersionDetail,
  VersionList,
  VersionParam,
  VersionPdfParam,
  WithdrawInput,
} from '../../../../contracts/trajectories-api.js';
import type { AppContext } from '../../platform/context.js';
import { contentDisposition } from '../../platform/files/files.js';
import { actorOf } from '../../platform/http/auth.js';
import { chooseAssessmentWeek } from './choose-assessment-week.js';
import { giveFeedback } from './give-feedback.js';
import { handIn } from './hand-in.js';
import { type PdfDownload, previewPdf, versionPdf } from './hand-in-pdfs.js';
import { compare, getVersion, listVersions } from './read-versions.js';
import { cancel, checkFinal, retractDraft, startRevising, withdraw } from './send-event.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['trajectories'];

const sendPdf = (reply: FastifyReply, file: PdfDownload) =>
  reply
    .type(file.mediaType)
    .header('content-disposition', contentDisposition(file.fileName))
    .header('cache-control', 'private, no-store')
    .send(file.content);

/** Draft, feedback, final (issue 5, item 4): numbered immutable versions, feedback, the final check. */
export function versionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/trajectories/:trajectoryId/versions',
      {
        schema: {
          tags,
          summary: 'Hand in a draft or the final version: an immutable, numbered snapshot',
          description:
            'By the teacher. A draft needs all schooling completed (409 otherwise) and may sign up for an ' +
            'assessment week of the institution, whose draft deadline it must make (409 naming it; ' +
            'R-UMCU-ASM-3). The final needs "complete and convincing" on the last draft, a week, its final ' +
            'deadline not passed and every requirement of the checklist met (409 each, R-UMCU-ASM-1, -4); it ' +
            'locks the portfolio. The adviser gets a notification.',
          params: TrajectoryIdParam,
          body: HandInInput,
          response: { 201: VersionDetail, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await handIn(ctx, actorOf(request), request.params.trajectoryId, request.body)),
    );

    app.get(
      '/trajectories/:trajectoryId/versions',
      {
        schema: {
          tags,
          summary: 'The versions handed in, oldest first, with their verdicts',
          params: TrajectoryIdParam,
          response: { 200: VersionList, ...errors },
        },
      },
      async (request) => ({ items: await listVersions(ctx, actorOf(request), request.params.trajectoryId) }),
    );

    app.get(
      '/trajectories/:trajectoryId/versions/compare',
      {
        schema: {
          tags,
          summary: 'Two versions side by side: per section, the CV and the evidence, what changed',
          params: TrajectoryIdParam,
          querystring: CompareQuery,
          response: { 200: VersionComparison, ...errors },
        },
      },
      async (request) => compare(ctx, actorOf(request), { ...request.params, ...request.query }),
    );

    app.get(
      '/trajectories/:trajectoryId/versions/:number',
      {
        schema: {
          tags,
          summary: 'One version as handed in, with its checklist then and the feedback on it',
          params: VersionParam,
          response: { 200: VersionDetail, ...errors },
        },
      },
      async (request) => getVersion(ctx, actorOf(request), request.params),
    );

    app.get(
      '/trajectories/:trajectoryId/preview/:part.pdf',
      {
        schema: {
          tags,
          summary: 'A file of the hand-in built now from the working copy (R-UMCU-SUB-1, -2)',
          description:
            'For the teacher and their adviser. BKO, KKO, SKO: portfolio and appendices; UvO: combined ' +
            '(404 for a file the qualification is not handed in as).',
          produces: ['application/pdf'],
          params: PreviewPdfParam,
          response: { 200: z.unknown().describe('the PDF'), ...errors },
        },
      },
      async (request, reply) =>
        sendPdf(
          reply,
          await previewPdf(ctx, actorOf(request), request.params.trajectoryId, request.params.part),
        ),
    );

    app.get(
      '/trajectories/:trajectoryId/versions/:number/:part.pdf',
      {
        schema: {
          tags,
          summary: 'A file of a handed-in version, as stored at the hand-in (R-UMCU-SUB-1, -2)',
          description: 'For the teacher and their adviser; 404 for a file the qualification does not have.',
          produces: ['application/pdf'],
          params: VersionPdfParam,
          response: { 200: z.unknown().describe('the PDF'), ...errors },
        },
      },
      async (request, reply) => sendPdf(reply, await versionPdf(ctx, actorOf(request), request.params)),
    );

    app.post(
      '/trajectories/:trajectoryId/versions/:number/feedback',
      {
        schema: {
          tags,
          summary: 'The adviser’s feedback on the draft: per section, overall, and the verdict (R-UMCU-FB-1)',
          description: 'Only on the latest version while it awaits feedback; never changed afterwards.',
          params: VersionParam,
          body: FeedbackInput,
          response: { 200: VersionDetail, ...errors },
        },
      },
      async (request) => giveFeedback(ctx, actorOf(request), request.params, request.body),
    );

    app.post(
      '/trajectories/:trajectoryId/revise',
      {
        schema: {
          tags,
          summary: 'The teacher starts revising after feedback (the first edit does the same)',
          params: TrajectoryIdParam,
          response: { 200: TrajectoryDetail, ...errors },
        },
      },
      async (request) => startRevising(ctx, actorOf(request), request.params.trajectoryId),
    );

    app.post(
      '/trajectories/:trajectoryId/final-check',
      {
        schema: {
          tags,
          summary: 'The adviser accepts the final version, or returns it with a reason (R-UMCU-ASM-4)',
          params: TrajectoryIdParam,
          body: FinalCheckInput,
          response: { 200: TrajectoryDetail, ...errors },
        },
      },
      async (request) => checkFinal(ctx, actorOf(request), request.params.trajectoryId, request.body),
    );

    app.post(
      '/trajectories/:trajectoryId/retract-draft',
      {
        schema: {
          tags,
          summary: 'The teacher takes back a draft the adviser has not answered yet',
          params: TrajectoryIdParam,
          response: { 200: TrajectoryDetail, ...errors },
        },
      },
      async (request) => retractDraft(ctx, actorOf(request), request.params.trajectoryId),
    );

    app.put(
      '/trajectories/:trajectoryId/assessment-week',
      {
        schema: {
          tags,
          summary: 'Sign up for, or move to, an assessment week after the first draft (R-UMCU-ASM-3)',
          description:
            'By the teacher or their adviser. After "needs work" the week’s draft deadline must be open, after ' +
            '"convincing" its final deadline (409 naming it).',
          params: TrajectoryIdParam,
          body: ChooseWeekInput,
          response: { 200: TrajectoryDetail, ...errors },
        },
      },
      async (request) =>
        chooseAssessmentWeek(ctx, actorOf(request), request.params.trajectoryId, request.body),
    );

    app.post(
      '/trajectories/:trajectoryId/withdraw',
      {
        schema: {
          tags,
          summary: 'The teacher withdraws the trajectory (it closes for good)',
          params: TrajectoryIdParam,
          body: WithdrawInput,
          response: { 200: TrajectoryDetail, ...errors },
        },
      },
      async (request) => withdraw(ctx, actorOf(request), request.params.trajectoryId, request.body.reason),
    );

    app.post(
      '/trajectories/:trajectoryId/cancel',
      {
        schema: {
          tags,
          summary: 'The adviser or a coordinator cancels the trajectory, with a reason',
          params: TrajectoryIdParam,
          body: CancelInput,
          response: { 200: TrajectoryDetail, ...errors },
        },
      },
      async (request) => cancel(ctx, actorOf(request), request.params.trajectoryId, request.body.reason),
    );
  };
}
