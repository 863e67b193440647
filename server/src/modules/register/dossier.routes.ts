import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../../contracts/common.js';
import {
  ActivityIdParam,
  EvidenceFile,
  EvidenceParam,
  PersonActivityParam,
  PersonEvidenceParam,
  PersonIdParam,
  RegisterActivity,
  RegisterActivityInput,
  RegisterActivityList,
  RegisterCatalogue,
  RegisterProgress,
  RegisterProgressQuery,
  RegisterSettings,
  RegisterSettingsInput,
} from '../../../../contracts/register.js';
import type { AppContext } from '../../platform/context.js';
import { contentDisposition } from '../../platform/files/files.js';
import { readSingleUpload } from '../../platform/files/upload.js';
import { actorOf } from '../../platform/http/auth.js';
import { languageOf } from '../../platform/i18n/language.js';
import { addEvidence } from './add-evidence.js';
import { changeActivity } from './change-activity.js';
import { downloadEvidence } from './download-evidence.js';
import { readCatalogue } from './read-catalogue.js';
import { getDossierActivity, getRegisterSettings, listDossierActivities } from './read-dossier.js';
import { recordActivity } from './record-activity.js';
import { removeActivity } from './remove-activity.js';
import { removeEvidence } from './remove-evidence.js';
import { reportProgress } from './report-progress.js';
import { saveMyRegisterSettings } from './save-register-settings.js';

const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
};
const uploadErrors = { ...errors, 413: ErrorBody, 415: ErrorBody };
const tags = ['register'];
const EVIDENCE_TYPES = 'PDF, PNG, JPEG or WebP, recognised by content';

const sendFile = (reply: FastifyReply, file: { content: Buffer; fileName: string; mediaType: string }) =>
  reply
    .type(file.mediaType)
    .header('content-disposition', contentDisposition(file.fileName))
    // a private record: never kept by a shared cache
    .header('cache-control', 'private, no-store')
    .send(file.content);

const catalogue = readCatalogue();

/**
 * The teacher's register dossier (issue 4 part B): settings, activities, evidence and progress, kept by
 * the teacher under `/me/register`, read by a coordinator or assessor of theirs under `/people/:personId`.
 */
export function dossierRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/register/catalogue',
      {
        config: { public: true },
        schema: {
          tags,
          summary: 'The kinds of activity, with Dutch and English labels, the rules and the norm',
          description:
            'Types 1–7 and every kind of seed 003 with its heading, label and note in Dutch and English, ' +
            'whether it is an "other" kind (needs otherDescription), the field it needs (halfDays, words or ' +
            'group) and the rule that limits how it counts; the text of every rule an answer can cite; the ' +
            'norm. The same for everyone, so public.',
          response: { 200: RegisterCatalogue },
        },
      },
      async () => catalogue,
    );

    app.get(
      '/me/register/settings',
      {
        schema: {
          tags,
          summary: 'My register settings (sector, PE teacher, bilingual school, register number, period end)',
          description: 'Before they are saved: sector null, the rest false or null.',
          response: { 200: RegisterSettings, ...errors },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        return getRegisterSettings(ctx, actor, actor.personId);
      },
    );

    app.put(
      '/me/register/settings',
      {
        schema: {
          tags,
          summary: 'Write my register settings',
          description: 'A register number belongs to one person: another person’s is 409.',
          body: RegisterSettingsInput,
          response: { 200: RegisterSettings, ...errors },
        },
      },
      async (request) => saveMyRegisterSettings(ctx, actorOf(request), request.body),
    );

    app.get(
      '/me/register/activities',
      {
        schema: {
          tags,
          summary: 'The activities of my dossier, newest first, with their evidence',
          response: { 200: RegisterActivityList, ...errors },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        return listDossierActivities(ctx, actor, actor.personId);
      },
    );

    app.post(
      '/me/register/activities',
      {
        schema: {
          tags,
          summary: 'Record an activity in my dossier',
          description:
            'Refused with 400 naming each field: a field the kind needs (group for 6.2e, halfDays for 6.4a, ' +
            'words for 7.4a/b), otherDescription for 5.5b and 6.5b, relevance below bachelor level ' +
            '(R-REG-LEVEL-1), testPassed for online or mostly self-study (R-REG-EVID-3), a startDate after ' +
            'the date, a scheme twice. Fields the kind does not use are not stored.',
          body: RegisterActivityInput,
          response: { 201: RegisterActivity, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await recordActivity(
              ctx,
              actorOf(request),
              request.body,
              languageOf(request.headers['accept-language']),
            ),
          ),
    );

    app.get(
      '/me/register/activities/:activityId',
      {
        schema: {
          tags,
          summary: 'One activity of my dossier',
          params: ActivityIdParam,
          response: { 200: RegisterActivity, ...errors },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        return getDossierActivity(ctx, actor, {
          personId: actor.personId,
          activityId: request.params.activityId,
        });
      },
    );

    app.put(
      '/me/register/activities/:activityId',
      {
        schema: {
          tags,
          summary: 'Change an activity of my dossier (until audited)',
          description:
            'The same checks as recording. 409 once an audit took it (R-REG-AUDIT-1) or when a provider ' +
            'validated it (R-REG-EVID-1).',
          params: ActivityIdParam,
          body: RegisterActivityInput,
          response: { 200: RegisterActivity, ...errors },
        },
      },
      async (request) =>
        changeActivity(ctx, actorOf(request), {
          activityId: request.params.activityId,
          input: request.body,
          language: languageOf(request.headers['accept-language']),
        }),
    );

    app.delete(
      '/me/register/activities/:activityId',
      {
        schema: {
          tags,
          summary: 'Remove an activity of my dossier, with its evidence (until audited)',
          params: ActivityIdParam,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await removeActivity(ctx, actorOf(request), request.params.activityId);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/me/register/activities/:activityId/evidence',
      {
        schema: {
          tags,
          summary: 'Add a file as evidence of an activity of mine (until audited)',
          description:
            `multipart/form-data with one file in the field \`file\`: ${EVIDENCE_TYPES}, at most ` +
            'UPLOAD_MAX_MB (default 10 MB). 400 when there is no file or it is empty, 413 when too large, 415 ' +
            'when its content is another type, whatever its name says; 409 after 20 files or once audited.',
          consumes: ['multipart/form-data'],
          params: ActivityIdParam,
          response: { 201: EvidenceFile, ...uploadErrors },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const upload = await readSingleUpload(request, ctx.config.uploadMaxBytes);
        const evidence = await addEvidence(ctx, actor, { activityId: request.params.activityId, ...upload });
        return reply.status(201).send(evidence);
      },
    );

    app.get(
      '/me/register/activities/:activityId/evidence/:evidenceId',
      {
        schema: {
          tags,
          summary: 'Download a file of evidence of mine',
          produces: ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'],
          params: EvidenceParam,
          response: { 200: z.unknown().describe(`the file: ${EVIDENCE_TYPES}`), ...errors },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        return sendFile(
          reply,
          await downloadEvidence(ctx, actor, { personId: actor.personId, ...request.params }),
        );
      },
    );

    app.delete(
      '/me/register/activities/:activityId/evidence/:evidenceId',
      {
        schema: {
          tags,
          summary: 'Remove a file of evidence of mine (until audited)',
          params: EvidenceParam,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await removeEvidence(ctx, actorOf(request), request.params);
        return reply.status(204).send(null);
      },
    );

    const progressDescription =
      'The hours engine (as POST /api/v1/register/check) over every activity of the dossier, with the ' +
      'sector, PE teacher and bilingual school of the settings: the period, totals against the norm, ' +
      'shortfalls by rule, RU per content kind and per school year, points of other schemes beside RU, ' +
      'and per activity what it claims, what counts and the rules that cut it. 409 ' +
      'REGISTER_SETTINGS_MISSING before the settings are saved.';

    app.get(
      '/me/register/progress',
      {
        schema: {
          tags,
          summary: 'My progress toward the re-registration norm over a four-year period',
          description: progressDescription,
          querystring: RegisterProgressQuery,
          response: { 200: RegisterProgress, ...errors },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        return reportProgress(ctx, actor, { personId: actor.personId, ...request.query });
      },
    );

    const staff = 'a coordinator or assessor whose scope covers one of the teacher’s units';

    app.get(
      '/people/:personId/register/settings',
      {
        schema: {
          tags,
          summary: `A teacher's register settings (${staff})`,
          params: PersonIdParam,
          response: { 200: RegisterSettings, ...errors },
        },
      },
      async (request) => getRegisterSettings(ctx, actorOf(request), request.params.personId),
    );

    app.get(
      '/people/:personId/register/activities',
      {
        schema: {
          tags,
          summary: `A teacher's dossier activities (${staff})`,
          params: PersonIdParam,
          response: { 200: RegisterActivityList, ...errors },
        },
      },
      async (request) => listDossierActivities(ctx, actorOf(request), request.params.personId),
    );

    app.get(
      '/people/:personId/register/activities/:activityId',
      {
        schema: {
          tags,
          summary: `One activity of a teacher's dossier (${staff})`,
          params: PersonActivityParam,
          response: { 200: RegisterActivity, ...errors },
        },
      },
      async (request) => getDossierActivity(ctx, actorOf(request), request.params),
    );

    app.get(
      '/people/:personId/register/activities/:activityId/evidence/:evidenceId',
      {
        schema: {
          tags,
          summary: `Download a file of evidence of a teacher (${staff})`,
          produces: ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'],
          params: PersonEvidenceParam,
          response: { 200: z.unknown().describe(`the file: ${EVIDENCE_TYPES}`), ...errors },
        },
      },
      async (request, reply) =>
        sendFile(reply, await downloadEvidence(ctx, actorOf(request), request.params)),
    );

    app.get(
      '/people/:personId/register/progress',
      {
        schema: {
          tags,
          summary: `A teacher's progress toward the norm (${staff})`,
          description: progressDescription,
          params: PersonIdParam,
          querystring: RegisterProgressQuery,
          response: { 200: RegisterProgress, ...errors },
        },
      },
      async (request) =>
        reportProgress(ctx, actorOf(request), { personId: request.params.personId, ...request.query }),
    );
  };
}
