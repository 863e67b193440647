import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../../contracts/common.js';
import {
  CostDecisionInput,
  InstitutionIdParam,
  IntakeOffersInput,
  IntakeQueue,
  IntakeRequestInput,
  OfferIdParam,
  OverviewQuery,
  RecordIntakeInput,
  TrajectoryDetail,
  TrajectoryIdParam,
  TrajectoryList,
  TrajectoryOverview,
} from '../../../../contracts/trajectories-api.js';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/auth.js';
import { languageOf } from '../../platform/i18n/language.js';
import { acceptIntakeOffer } from './accept-intake-offer.js';
import { decideCosts } from './decide-costs.js';
import { exportTrajectoryOverview } from './export-overview.js';
import { offerIntakeTimes } from './offer-intake-times.js';
import {
  getTrajectory,
  listCostApprovals,
  listIntakeQueue,
  listMyTrajectories,
} from './read-trajectories.js';
import { recordIntake } from './record-intake.js';
import { requestIntake } from './request-intake.js';
import { trajectoryOverview } from './trajectory-overview.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['trajectories'];

/** The intake (issue 5, item 1): request, queue, offered times, the recorded plan; reading a trajectory. */
export function intakeRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/me/trajectories',
      {
        schema: {
          tags,
          summary: 'Request an intake with an educational adviser (R-UMCU-ROUTE-1)',
          description:
            'For a teacher of the institution (403 otherwise), from the advice page or the dossier. One open ' +
            'request per teacher and institution: a second is 409 INTAKE_ALREADY_REQUESTED.',
          body: IntakeRequestInput,
          response: { 201: TrajectoryDetail, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await requestIntake(ctx, actorOf(request), request.body)),
    );

    app.get(
      '/me/trajectories',
      {
        schema: {
          tags,
          summary: 'My trajectories, newest first',
          response: { 200: TrajectoryList, ...errors },
        },
      },
      async (request) => ({ items: await listMyTrajectories(ctx, actorOf(request)) }),
    );

    app.get(
      '/me/cost-approvals',
      {
        schema: {
          tags,
          summary: 'The costs waiting for my decision as line manager (R-UMCU-COST-1)',
          description:
            'Trajectories in cost-approval-pending of teachers in a unit the caller is line manager of, at ' +
            'every institution where they are one; oldest first. For line managers only: 403 for anyone else.',
          response: { 200: TrajectoryList, ...errors },
        },
      },
      async (request) => ({ items: await listCostApprovals(ctx, actorOf(request)) }),
    );

    app.get(
      '/institutions/:institutionId/intake-queue',
      {
        schema: {
          tags,
          summary: 'The intake queue: requests and planned intakes the calling adviser may take up',
          description:
            'For the educational advisers of the institution; oldest first; only teachers the adviser covers, ' +
            'and not those another adviser took up.',
          params: InstitutionIdParam,
          response: { 200: IntakeQueue, ...errors },
        },
      },
      async (request) => ({
        items: await listIntakeQueue(ctx, actorOf(request), request.params.institutionId),
      }),
    );

    app.get(
      '/trajectories/:trajectoryId',
      {
        schema: {
          tags,
          summary: 'A trajectory, as much of it as the caller may see',
          description:
            'The teacher and their adviser see everything (view content); the teacher’s line manager the ' +
            'status and the costs (status-and-costs), never the content; coordinators and other advisers ' +
            'covering the teacher the status. Anyone else: 404.',
          params: TrajectoryIdParam,
          response: { 200: TrajectoryDetail, ...errors },
        },
      },
      async (request) => getTrajectory(ctx, actorOf(request), request.params.trajectoryId),
    );

    app.post(
      '/trajectories/:trajectoryId/intake-offers',
      {
        schema: {
          tags,
          summary: 'Offer intake times (plan-intake); the adviser takes the request up',
          description: 'Times must lie in the future (400). In another state than requested or planned: 409.',
          params: TrajectoryIdParam,
          body: IntakeOffersInput,
          response: { 200: TrajectoryDetail, ...errors },
        },
      },
      async (request) => offerIntakeTimes(ctx, actorOf(request), request.params.trajectoryId, request.body),
    );

    app.post(
      '/trajectories/:trajectoryId/intake-offers/:offerId/accept',
      {
        schema: {
          tags,
          summary: 'The teacher chooses an offered intake time',
          params: OfferIdParam,
          response: { 200: TrajectoryDetail, ...errors },
        },
      },
      async (request) => acceptIntakeOffer(ctx, actorOf(request), request.params),
    );

    app.post(
      '/trajectories/:trajectoryId/intake',
      {
        schema: {
          tags,
          summary: 'Record the intake and its plan (record-intake)',
          description:
            'Route checked against R-UMCU-ROUTE-3 and the catalogue of this year (400 ' +
            'TRAJECTORY_ROUTE_INVALID naming every problem; KKO: its course only); costs calculated ' +
            '(R-UMCU-COST-1). The division paying more than 0: on to the line manager ' +
            '(cost-approval-pending); else schooling, or the portfolio when no schooling is left. No ' +
            'catalogue for the year: 409 TRAJECTORY_NO_CATALOGUE.',
          params: TrajectoryIdParam,
          body: RecordIntakeInput,
          response: { 200: TrajectoryDetail, ...errors },
        },
      },
      async (request) => recordIntake(ctx, actorOf(request), request.params.trajectoryId, request.body),
    );

    app.post(
      '/trajectories/:trajectoryId/cost-decision',
      {
        schema: {
          tags,
          summary: 'The line manager approves or declines the costs the division pays (R-UMCU-COST-1)',
          description:
            'For a line manager covering the teacher’s unit; declining needs a reason. Not awaiting approval: ' +
            '409. The teacher and the adviser get a notification.',
          params: TrajectoryIdParam,
          body: CostDecisionInput,
          response: { 200: TrajectoryDetail, ...errors },
        },
      },
      async (request) => decideCosts(ctx, actorOf(request), request.params.trajectoryId, request.body),
    );

    app.get(
      '/institutions/:institutionId/trajectories',
      {
        schema: {
          tags,
          summary: 'The status of the institution’s trajectories, with counts per state',
          description:
            'For its coordinators and educational advisers; each sees the teachers in their scope (a unit ' +
            'coordinator: that unit and below). Status only, never content; oldest first.',
          params: InstitutionIdParam,
          querystring: OverviewQuery,
          response: { 200: TrajectoryOverview, ...errors },
        },
      },
      async (request) => trajectoryOverview(ctx, actorOf(request), { ...request.params, ...request.query }),
    );

    const types = { csv: 'text/csv; charset=utf-8', xlsx: XLSX_TYPE } as const;
    for (const format of ['csv', 'xlsx'] as const) {
      app.get(
        `/institutions/:institutionId/trajectories.${format}`,
        {
          schema: {
            tags,
            summary:
              format === 'csv'
                ? 'The overview as CSV (UTF-8 with BOM, semicolons, for Dutch Excel)'
                : 'The overview as an Excel workbook (header row frozen, with a filter)',
            description:
              'The rows of the overview (`?state=` narrows them) for whoever may see it; header and states in ' +
              `the language of Accept-Language. Content type ${types[format]}.`,
            produces: [types[format].split(';')[0] ?? types[format]],
            params: InstitutionIdParam,
            querystring: OverviewQuery,
            response: { 200: z.unknown().describe(`${types[format]}: the table`), ...errors },
          },
        },
        async (request, reply) => {
          const { body, fileName } = await exportTrajectoryOverview(
            ctx,
            actorOf(request),
            { ...request.params, ...request.query },
            format,
            languageOf(request.headers['accept-language']),
          );
          return reply
            .type(types[format])
            .header('content-disposition', `attachment; filename="${fileName}"`)
            .header('cache-control', 'no-store')
            .send(body);
        },
      );
    }
  };
}
