import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../../../contracts/common.js';
import {
  AssessmentWeekInput,
  AssessmentWeekList,
  AssessmentWeekRecord,
  CatalogueInput,
  CatalogueList,
  CatalogueParam,
  CatalogueRecord,
  InstitutionIdParam,
  RequirementSettingsInput,
  RequirementSettingsParam,
  RequirementSettingsView,
  WeekIdParam,
} from '../../../../contracts/trajectories-api.js';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/auth.js';
import { addAssessmentWeek, changeAssessmentWeek, listAssessmentWeeks } from './assessment-weeks.js';
import { getCatalogue, listCatalogues } from './read-catalogues.js';
import { getRequirementSettings, setRequirementSettings } from './requirement-settings.js';
import { writeCatalogue } from './save-catalogue.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['trajectories'];

/**
 * What an institution's coordinators keep for trajectories: the catalogue per year (courses, modules and
 * assessment prices, issue 5 item 2) and the assessment weeks (item 4, minimal).
 */
export function administrationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/institutions/:institutionId/trajectory-catalogues',
      {
        schema: {
          tags,
          summary: "The institution's catalogues of schooling and assessment prices, by year",
          description: 'For its teachers, advisers, line managers, coordinators and administrators.',
          params: InstitutionIdParam,
          response: { 200: CatalogueList, ...errors },
        },
      },
      async (request) => ({
        items: await listCatalogues(ctx, actorOf(request), request.params.institutionId),
      }),
    );

    app.get(
      '/institutions/:institutionId/trajectory-catalogues/:year',
      {
        schema: {
          tags,
          summary: "One year's catalogue",
          params: CatalogueParam,
          response: { 200: CatalogueRecord, ...errors },
        },
      },
      async (request) => getCatalogue(ctx, actorOf(request), request.params),
    );

    app.put(
      '/institutions/:institutionId/trajectory-catalogues/:year',
      {
        schema: {
          tags,
          summary: "Write one year's catalogue whole (R-UMCU-COST-1)",
          description:
            'For the institution-wide coordinators and administrators. Prices in whole cents; an item id ' +
            'twice is 400. Plans recorded earlier keep their titles and prices.',
          params: CatalogueParam,
          body: CatalogueInput,
          response: { 200: CatalogueRecord, ...errors },
        },
      },
      async (request) => writeCatalogue(ctx, actorOf(request), request.params, request.body),
    );

    app.get(
      '/institutions/:institutionId/assessment-weeks',
      {
        schema: {
          tags,
          summary: "The institution's assessment weeks, earliest first (R-UMCU-ASM-3)",
          params: InstitutionIdParam,
          response: { 200: AssessmentWeekList, ...errors },
        },
      },
      async (request) => ({
        items: await listAssessmentWeeks(ctx, actorOf(request), request.params.institutionId),
      }),
    );

    app.post(
      '/institutions/:institutionId/assessment-weeks',
      {
        schema: {
          tags,
          summary: 'Add an assessment week',
          description:
            'For the institution-wide coordinators and administrators. The draft deadline comes on or before ' +
            'the final deadline, and both before the week starts (400 otherwise).',
          params: InstitutionIdParam,
          body: AssessmentWeekInput,
          response: { 201: AssessmentWeekRecord, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await addAssessmentWeek(ctx, actorOf(request), request.params.institutionId, request.body)),
    );

    app.put(
      '/assessment-weeks/:weekId',
      {
        schema: {
          tags,
          summary: 'Change an assessment week; its deadlines hold for everyone signed up',
          params: WeekIdParam,
          body: AssessmentWeekInput,
          response: { 200: AssessmentWeekRecord, ...errors },
        },
      },
      async (request) => changeAssessmentWeek(ctx, actorOf(request), request.params.weekId, request.body),
    );

    app.get(
      '/institutions/:institutionId/requirement-settings/:qualification',
      {
        schema: {
          tags,
          summary: "The institution's numbers for the portfolio template's requirements, beside the defaults",
          params: RequirementSettingsParam,
          response: { 200: RequirementSettingsView, ...errors },
        },
      },
      async (request) => getRequirementSettings(ctx, actorOf(request), request.params),
    );

    app.put(
      '/institutions/:institutionId/requirement-settings/:qualification',
      {
        schema: {
          tags,
          summary: "Set the institution's numbers (R-UMCU-PF-1); they apply to the live checklists at once",
          description:
            'For the institution-wide coordinators and administrators. A requirement id the template in force ' +
            'does not number is 400, naming it.',
          params: RequirementSettingsParam,
          body: RequirementSettingsInput,
          response: { 200: RequirementSettingsView, ...errors },
        },
      },
      async (request) => setRequirementSettings(ctx, actorOf(request), request.params, request.body),
    );
  };
}
