import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../../contracts/common.js';
import {
  Attendance,
  AttendanceImport,
  AttendanceList,
  AttendanceParam,
  MyAttendanceList,
  ProviderActivity,
  ProviderActivityList,
  ProviderActivityParam,
  ProviderParam,
  PublishProviderActivity,
  RegisterAttendance,
} from '../../../../contracts/register-providers.js';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/auth.js';
import { languageOf } from '../../platform/i18n/language.js';
import { attendanceCertificate } from './attendance-certificate.js';
import {
  getProviderActivity,
  listActivitiesOfProvider,
  publishProviderActivity,
  withdrawActivity,
} from './provider-activities.js';
import {
  importAttendanceCsv,
  listAttendances,
  listMyAttendances,
  registerAttendance,
} from './register-attendance.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['register'];
const CSV_TYPES = ['text/csv', 'application/csv', 'application/vnd.ms-excel'];

/** Providers' validated activities, their attendance, and the certificates (R-REG-EVID-1). */
export function providerRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // An attendance list is sent as the file itself; this plugin alone reads CSV bodies.
    app.addContentTypeParser(CSV_TYPES, { parseAs: 'buffer' }, (_request, body, done) => done(null, body));

    app.get(
      '/providers/:providerId/activities',
      {
        schema: {
          tags,
          summary: "A provider's validated activities (people with the provider role there)",
          params: ProviderParam,
          response: { 200: ProviderActivityList, ...errors },
        },
      },
      async (request) => listActivitiesOfProvider(ctx, actorOf(request), request.params.providerId),
    );

    app.post(
      '/providers/:providerId/activities',
      {
        schema: {
          tags,
          summary: 'Publish a validated activity with its unique number and recognised RU',
          description:
            'The number the register gave the activity is unique over all providers (409 when taken). Published ' +
            'at once: attendance can be registered from then on. Recognised RU are rounded to one decimal, half up.',
          params: ProviderParam,
          body: PublishProviderActivity,
          response: { 201: ProviderActivity, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await publishProviderActivity(ctx, actorOf(request), {
            ...request.body,
            providerId: request.params.providerId,
          }),
        ),
    );

    app.get(
      '/provider-activities/:id',
      {
        schema: {
          tags,
          summary: 'One validated activity of my provider',
          params: ProviderActivityParam,
          response: { 200: ProviderActivity, ...errors },
        },
      },
      async (request) => getProviderActivity(ctx, actorOf(request), request.params.id),
    );

    app.post(
      '/provider-activities/:id/withdraw',
      {
        schema: {
          tags,
          summary: 'Withdraw a validated activity: no new attendance; registered attendances stay',
          params: ProviderActivityParam,
          response: { 200: ProviderActivity, ...errors },
        },
      },
      async (request) => withdrawActivity(ctx, actorOf(request), request.params.id),
    );

    app.get(
      '/provider-activities/:id/attendances',
      {
        schema: {
          tags,
          summary: 'Who attended a validated activity',
          params: ProviderActivityParam,
          response: { 200: AttendanceList, ...errors },
        },
      },
      async (request) => listAttendances(ctx, actorOf(request), request.params.id),
    );

    app.post(
      '/provider-activities/:id/attendances',
      {
        schema: {
          tags,
          summary: 'Register one attendee, by e-mail address or register number',
          description:
            'Exactly one of `email` and `registerNumber`. The activity appears, validated, in the attendee’s ' +
            'dossier with the recognised RU. 409 when the attendance is already registered.',
          params: ProviderActivityParam,
          body: RegisterAttendance,
          response: { 201: Attendance, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await registerAttendance(ctx, actorOf(request), {
            ...request.body,
            providerActivityId: request.params.id,
          }),
        ),
    );

    app.post(
      '/provider-activities/:id/attendances.csv',
      {
        schema: {
          tags,
          summary: 'Register attendees from a CSV list: all of them, or none when a row is wrong',
          description:
            'Send the file itself as the body, with content type text/csv. UTF-8 (with or without BOM) or ' +
            'Windows-1252; `;` or `,` as separator. Either a header row naming the columns (`e-mail`, ' +
            '`e-mailadres`, `registernummer`, `register number`; other columns are ignored) or no header and one ' +
            'column (a value with an @ is an e-mail address, anything else a register number). At most 5000 ' +
            'rows. Any bad row (unknown person, invalid address, duplicate) answers 400 with `details.issues`, ' +
            'one per problem, each with its `line` and a message in the language of Accept-Language, and ' +
            'nothing is registered. Attendees already registered are skipped and listed.',
          consumes: CSV_TYPES,
          params: ProviderActivityParam,
          body: z.unknown().describe('text/csv: the attendance list'),
          response: { 200: AttendanceImport, ...errors, 415: ErrorBody },
        },
      },
      async (request) =>
        importAttendanceCsv(ctx, actorOf(request), {
          providerActivityId: request.params.id,
          csv: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
          language: languageOf(request.headers['accept-language']),
        }),
    );

    app.get(
      '/me/attendances',
      {
        schema: {
          tags,
          summary: 'The validated activities I attended, with their certificates',
          response: { 200: MyAttendanceList, ...errors },
        },
      },
      async (request) => listMyAttendances(ctx, actorOf(request)),
    );

    app.get(
      '/attendances/:id/certificate.pdf',
      {
        schema: {
          tags,
          summary: 'The certificate of an attendance (PDF), for the attendee and the provider',
          description:
            'Made on request from the registered attendance: the attendee, the activity with its number, ' +
            'date(s) and recognised RU, and the provider (R-REG-EVID-1). Content type application/pdf.',
          produces: ['application/pdf'],
          params: AttendanceParam,
          response: { 200: z.unknown().describe('application/pdf: the certificate'), ...errors },
        },
      },
      async (request, reply) => {
        const certificate = await attendanceCertificate(ctx, actorOf(request), {
          attendanceId: request.params.id,
          language: languageOf(request.headers['accept-language']),
        });
        return reply
          .type('application/pdf')
          .header('content-disposition', certificate.contentDisposition)
          .header('cache-control', 'no-store')
          .send(Buffer.from(certificate.bytes));
      },
    );
  };
}
