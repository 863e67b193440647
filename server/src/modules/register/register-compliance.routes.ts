import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../../contracts/common.js';
import { InstitutionIdParam } from '../../../../contracts/qualifications.js';
import { RegisterProgressQuery } from '../../../../contracts/register.js';
import {
  RegisterComplianceQuery,
  RegisterComplianceReport,
} from '../../../../contracts/register-compliance.js';
import type { AppContext } from '../../platform/context.js';
import { tableCsv, tableXlsx } from '../../platform/export/spreadsheet.js';
import { actorOf } from '../../platform/http/auth.js';
import { languageOf } from '../../platform/i18n/language.js';
import { dossierPdf } from './export-dossier-pdf.js';
import {
  dossierTable,
  registerComplianceFileName,
  registerComplianceTable,
  sheetName,
} from './export-register-compliance.js';
import { reportProgress } from './report-progress.js';
import { reportRegisterCompliance } from './report-register-compliance.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const tags = ['register'];
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Register compliance of a coordinator's teachers (JSON, CSV, XLSX) and a teacher's own dossier (CSV, PDF). */
export function registerComplianceRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const description =
      'Every person with the teacher role at the institution (or in the unit asked for and below) with their ' +
      'register hours over their own four-year period — the period end in their register settings, else 31 July ' +
      'of this school year — counted by the hours engine with every cap (R-REG-CAP-1…9), and the norm ' +
      '(R-REG-NORM-1…3) with what is short; no compliance for a teacher without register settings. For a ' +
      'coordinator of the institution, or of the unit asked for.';
    const download = { params: InstitutionIdParam, querystring: RegisterComplianceQuery };

    app.get(
      '/institutions/:institutionId/register/compliance',
      {
        schema: {
          tags,
          summary: 'Register hours against the norm of the teachers in my scope',
          description,
          ...download,
          response: { 200: RegisterComplianceReport, ...errors },
        },
      },
      async (request) =>
        reportRegisterCompliance(ctx, actorOf(request), {
          ...request.query,
          institutionId: request.params.institutionId,
        }),
    );

    for (const format of ['csv', 'xlsx'] as const) {
      const type = format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE;
      app.get(
        `/institutions/:institutionId/register/compliance.${format}`,
        {
          schema: {
            tags,
            summary:
              format === 'csv'
                ? 'Register compliance as CSV (UTF-8 with BOM, semicolons, for Dutch Excel)'
                : 'Register compliance as an Excel workbook (header row frozen, with a filter)',
            description: `${description} Header in the language of Accept-Language. Content type ${type}.`,
            produces: [type.split(';')[0] as string],
            ...download,
            response: { 200: z.unknown().describe(`${type}: the table`), ...errors },
          },
        },
        async (request, reply) => {
          const language = languageOf(request.headers['accept-language']);
          const report = await reportRegisterCompliance(ctx, actorOf(request), {
            ...request.query,
            institutionId: request.params.institutionId,
          });
          const table = registerComplianceTable(report, language);
          return reply
            .type(type)
            .header(
              'content-disposition',
              `attachment; filename="${registerComplianceFileName(report, format)}"`,
            )
            .header('cache-control', 'no-store')
            .send(
              format === 'csv' ? tableCsv(table) : await tableXlsx(table, sheetName('compliance', language)),
            );
        },
      );
    }

    app.get(
      '/me/register/dossier.csv',
      {
        schema: {
          tags,
          summary: 'My dossier as CSV: every activity with what it counts over the period, and why',
          description:
            'One row per activity of my dossier, by date: school year, kind, title, content, whether it lies in ' +
            'the period, hours entered, RU counted, the rules that limited or decided the count, and for an ' +
            "activity rejected in the audit the assessor's rule and reason (R-REG-AUDIT-1). The period " +
            'ends on periodEnd, else on the end in my register settings, else on 31 July of this school year. ' +
            'Header in the language of Accept-Language. Content type text/csv.',
          produces: ['text/csv'],
          querystring: RegisterProgressQuery,
          response: { 200: z.unknown().describe('text/csv; charset=utf-8: the table'), ...errors },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const progress = await reportProgress(ctx, actor, { personId: actor.personId, ...request.query });
        return reply
          .type('text/csv; charset=utf-8')
          .header(
            'content-disposition',
            `attachment; filename="dossier-${progress.period.start}-${progress.period.end}.csv"`,
          )
          .header('cache-control', 'no-store')
          .send(tableCsv(dossierTable(progress, languageOf(request.headers['accept-language']))));
      },
    );

    app.get(
      '/me/register/dossier.pdf',
      {
        schema: {
          tags,
          summary:
            'My dossier as a PDF: hours against the norm, per content kind and school year, every activity',
          description:
            'The period and sector, register hours against the norm (R-REG-NORM-1…3), the hours per content kind ' +
            'and per school year, and every activity of my dossier by date with what it counts and the rules ' +
            "that decided, with the assessor's rule and reason for an activity rejected in the audit. The period " +
            'ends on periodEnd, else on the end in my register settings, else on 31 July ' +
            'of this school year. In the language of Accept-Language. Content type application/pdf.',
          produces: ['application/pdf'],
          querystring: RegisterProgressQuery,
          response: { 200: z.unknown().describe('application/pdf: the dossier'), ...errors },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const language = languageOf(request.headers['accept-language']);
        const progress = await reportProgress(ctx, actor, { personId: actor.personId, ...request.query });
        const bytes = await dossierPdf(progress, actor.displayName, language);
        return reply
          .type('application/pdf')
          .header(
            'content-disposition',
            `attachment; filename="dossier-${progress.period.start}-${progress.period.end}.pdf"`,
          )
          .header('cache-control', 'no-store')
          .send(Buffer.from(bytes));
      },
    );
  };
}
