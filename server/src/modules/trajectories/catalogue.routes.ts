import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ErrorBody } from '../../../../contracts/common.js';
import {
  CatalogueInput,
  CatalogueList,
  CatalogueParam,
  CatalogueRecord,
  InstitutionIdParam,
} from '../../../../contracts/trajectories-api.js';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/auth.js';
import { getCatalogue, listCatalogues } from './read-catalogues.js';
import { writeCatalogue } from './save-catalogue.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['trajectories'];

/** An institution's catalogue per year: courses, modules and assessment prices (issue 5, item 2). */
export function catalogueRoutes(ctx: AppContext): FastifyPluginAsyncZod {
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
  };
}
