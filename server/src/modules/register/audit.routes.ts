import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../../../contracts/common.js';
import {
  AuditDraw,
  AuditDrawList,
  AuditDrawRepeat,
  AuditIdParam,
  AuditReview,
  AuditReviewList,
  AuditReviewQuery,
  CloseAudit,
  DecideActivity,
  DrawAuditSample,
  InstitutionParam,
  RespondToAudit,
  ReviewActivityParam,
} from '../../../../contracts/register-audit.js';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/auth.js';
import { languageOf } from '../../platform/i18n/language.js';
import { drawAuditSample, getAuditDraw, listAuditDraws, repeatAuditDraw } from './draw-audit-sample.js';
import {
  closeAudit,
  decideOnActivity,
  getAuditReview,
  listMyReviews,
  listReviewsToAudit,
  notifyTeacher,
  respondToAudit,
  startAuditReview,
} from './review-audit.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['register'];

/** The audit by sample (R-REG-AUDIT-1): coordinators draw, assessors audit, teachers respond. */
export function auditRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/institutions/:institutionId/audit-draws',
      {
        schema: {
          tags,
          summary: 'Draw a random sample of teachers whose register period ends in a window (coordinator)',
          description:
            'The teachers with the teacher role at the institution (or in the unit and below) whose period end, ' +
            'as in their register settings, lies in [periodEndFrom, periodEndTo]. Give a percentage (rounded up) ' +
            'or a count. A 128-bit seed is generated and recorded; each teacher gets the key SHA-256(seed:person ' +
            'id) and the sample is the lowest keys (`sha256-sort-v1`), so anyone can repeat the draw by hand. ' +
            'Each sampled teacher gets an audit in status drawn.',
          params: InstitutionParam,
          body: DrawAuditSample,
          response: { 201: AuditDraw, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await drawAuditSample(ctx, actorOf(request), {
            ...request.body,
            institutionId: request.params.institutionId,
          }),
        ),
    );

    app.get(
      '/institutions/:institutionId/audit-draws',
      {
        schema: {
          tags,
          summary: 'The sample draws of an institution (coordinators and assessors of their part)',
          params: InstitutionParam,
          response: { 200: AuditDrawList, ...errors },
        },
      },
      async (request) => listAuditDraws(ctx, actorOf(request), request.params.institutionId),
    );

    app.get(
      '/audit-draws/:id',
      {
        schema: {
          tags,
          summary: 'A draw: its seed, window, size and the sampled teachers with their keys and audit status',
          params: AuditIdParam,
          response: { 200: AuditDraw, ...errors },
        },
      },
      async (request) => getAuditDraw(ctx, actorOf(request), request.params.id),
    );

    app.get(
      '/audit-draws/:id/repeat',
      {
        schema: {
          tags,
          summary: 'Repeat a draw with its recorded seed over the teachers in its window now',
          description:
            'Changes nothing. Gives the recorded draw (`sameAsRecorded`) as long as the same teachers have their ' +
            'period end in the window.',
          params: AuditIdParam,
          response: { 200: AuditDrawRepeat, ...errors },
        },
      },
      async (request) => repeatAuditDraw(ctx, actorOf(request), request.params.id),
    );

    app.get(
      '/audit-reviews',
      {
        schema: {
          tags,
          summary: 'The audits I may carry out as an assessor',
          querystring: AuditReviewQuery,
          response: { 200: AuditReviewList, ...errors },
        },
      },
      async (request) =>
        listReviewsToAudit(ctx, actorOf(request), {
          ...request.query,
          language: languageOf(request.headers['accept-language']),
        }),
    );

    app.get(
      '/me/audit-reviews',
      {
        schema: {
          tags,
          summary: 'The audits of my dossier (drawn in a sample), with the decision when notified',
          response: { 200: AuditReviewList, ...errors },
        },
      },
      async (request) => listMyReviews(ctx, actorOf(request), languageOf(request.headers['accept-language'])),
    );

    app.get(
      '/audit-reviews/:id',
      {
        schema: {
          tags,
          summary:
            'One audit with its activities, the evidence rules each is judged against, and the decisions',
          params: AuditIdParam,
          response: { 200: AuditReview, ...errors },
        },
      },
      async (request) =>
        getAuditReview(ctx, actorOf(request), {
          reviewId: request.params.id,
          language: languageOf(request.headers['accept-language']),
        }),
    );

    const step = (path: string, summary: string, run: typeof startAuditReview | typeof notifyTeacher) =>
      app.post(
        path,
        { schema: { tags, summary, params: AuditIdParam, response: { 200: AuditReview, ...errors } } },
        async (request) =>
          run(ctx, actorOf(request), {
            reviewId: request.params.id,
            language: languageOf(request.headers['accept-language']),
          }),
      );

    step(
      '/audit-reviews/:id/start',
      "Start the review (assessor): takes the teacher's self-entered activities of the period and locks them",
      startAuditReview,
    );
    step(
      '/audit-reviews/:id/notify',
      'Notify the teacher of the decisions (assessor; every activity decided); they have 14 days to respond',
      notifyTeacher,
    );

    app.put(
      '/audit-reviews/:id/activities/:activityId/decision',
      {
        schema: {
          tags,
          summary:
            'Accept or reject one activity (assessor, while in review); a rejection names reason and rule',
          params: ReviewActivityParam,
          body: DecideActivity,
          response: { 200: AuditReview, ...errors },
        },
      },
      async (request) =>
        decideOnActivity(ctx, actorOf(request), {
          ...request.body,
          reviewId: request.params.id,
          activityId: request.params.activityId,
          language: languageOf(request.headers['accept-language']),
        }),
    );

    app.post(
      '/audit-reviews/:id/respond',
      {
        schema: {
          tags,
          summary: 'Respond to the decisions, once, within 14 days of the notification (the teacher)',
          params: AuditIdParam,
          body: RespondToAudit,
          response: { 200: AuditReview, ...errors },
        },
      },
      async (request) =>
        respondToAudit(ctx, actorOf(request), {
          ...request.body,
          reviewId: request.params.id,
          language: languageOf(request.headers['accept-language']),
        }),
    );

    app.post(
      '/audit-reviews/:id/close',
      {
        schema: {
          tags,
          summary: 'Close the audit with its decision (assessor), after the response or the response window',
          params: AuditIdParam,
          body: CloseAudit,
          response: { 200: AuditReview, ...errors },
        },
      },
      async (request) =>
        closeAudit(ctx, actorOf(request), {
          ...request.body,
          reviewId: request.params.id,
          language: languageOf(request.headers['accept-language']),
        }),
    );
  };
}
