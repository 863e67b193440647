import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../../contracts/common.js';
import {
  ComplianceQuery,
  ComplianceReport,
  InstitutionIdParam,
} from '../../../../contracts/qualifications.js';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/auth.js';
import { languageOf } from '../../platform/i18n/language.js';
import type { CompiledPolicies } from './compiled-policies.js';
import { complianceCsv, complianceXlsx, exportFileName } from './export-compliance.js';
import { reportCompliance } from './report-compliance.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const tags = ['qualifications'];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Who must earn which qualification, who holds it, who is missing it: for line managers and coordinators. */
export function complianceRoutes(ctx: AppContext, compiled: CompiledPolicies): FastifyPluginAsyncZod {
  return async (app) => {
    const description =
      'Every person with the teacher role in scope (a line manager: their units; a coordinator or administrator: ' +
      "the institution), with per qualification of the institution's policy the status their stored profile " +
      'gives (`no-profile` when they have none yet), whether they hold it (earned anywhere), and whether it is ' +
      'missing (obligatory and not held); plus counts.';

    app.get(
      '/institutions/:institutionId/compliance',
      {
        schema: {
          tags,
          summary: 'Teaching qualifications of the teachers in my scope',
          description,
          params: InstitutionIdParam,
          querystring: ComplianceQuery,
          response: { 200: ComplianceReport, ...errors },
        },
      },
      async (request) =>
        reportCompliance(ctx, actorOf(request), {
          ...request.query,
          institutionId: request.params.institutionId,
          compiled,
        }),
    );

    app.get(
      '/institutions/:institutionId/compliance.csv',
      {
        schema: {
          tags,
          summary: 'The compliance view as CSV (UTF-8 with BOM, semicolons, for Dutch Excel)',
          description: `${description} Header in the language of Accept-Language. Content type text/csv.`,
          produces: ['text/csv'],
          params: InstitutionIdParam,
          querystring: ComplianceQuery,
          response: { 200: z.unknown().describe('text/csv; charset=utf-8: the table'), ...errors },
        },
      },
      async (request, reply) => {
        const report = await reportCompliance(ctx, actorOf(request), {
          ...request.query,
          institutionId: request.params.institutionId,
          compiled,
        });
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${exportFileName(report, 'csv')}"`)
          .header('cache-control', 'no-store')
          .send(complianceCsv(report, languageOf(request.headers['accept-language'])));
      },
    );

    app.get(
      '/institutions/:institutionId/compliance.xlsx',
      {
        schema: {
          tags,
          summary: 'The compliance view as an Excel workbook (header row frozen, with a filter)',
          description: `${description} Header in the language of Accept-Language. Content type ${XLSX_TYPE}.`,
          produces: [XLSX_TYPE],
          params: InstitutionIdParam,
          querystring: ComplianceQuery,
          response: { 200: z.unknown().describe(`${XLSX_TYPE}: the workbook`), ...errors },
        },
      },
      async (request, reply) => {
        const report = await reportCompliance(ctx, actorOf(request), {
          ...request.query,
          institutionId: request.params.institutionId,
          compiled,
        });
        return reply
          .type(XLSX_TYPE)
          .header('content-disposition', `attachment; filename="${exportFileName(report, 'xlsx')}"`)
          .header('cache-control', 'no-store')
          .send(await complianceXlsx(report, languageOf(request.headers['accept-language'])));
      },
    );
  };
}
