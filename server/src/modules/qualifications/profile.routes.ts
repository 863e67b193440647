import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../../contracts/common.js';
import {
  Advice,
  ConfirmTeachingProfile,
  EarnedQualification,
  EarnedQualificationList,
  IdParam,
  InstitutionIdParam,
  MyAdviceQuery,
  MyTeachingProfiles,
  PersonQualificationParam,
  QualificationIdParam,
  RecordQualification,
  TeachingProfile,
  TeachingProfileRecord,
  TeachingProfilesToConfirm,
  TeachingProfilesToConfirmQuery,
} from '../../../../contracts/qualifications.js';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/auth.js';
import { languageOf } from '../../platform/i18n/language.js';
import type { CompiledPolicies } from './compiled-policies.js';
import { confirmTeachingProfile } from './confirm-teaching-profile.js';
import {
  listEarnedQualificationsOf,
  recordQualification,
  removeQualification,
} from './earned-qualifications.js';
import { giveMyAdvice } from './give-my-advice.js';
import { listTeachingProfilesToConfirm } from './list-teaching-profiles-to-confirm.js';
import {
  getMyTeachingProfile,
  getTeachingProfile,
  listMyTeachingProfiles,
} from './read-teaching-profiles.js';
import { saveMyTeachingProfile } from './save-teaching-profile.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['qualifications'];

/** Teaching profiles, earned qualifications and my advice: the teacher's side. */
export function profileRoutes(ctx: AppContext, compiled: CompiledPolicies): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/me/teaching-profiles',
      {
        schema: {
          tags,
          summary:
            'My teaching profiles: one per institution where I hold a role (null where I have none yet)',
          response: { 200: MyTeachingProfiles, ...errors },
        },
      },
      async (request) => listMyTeachingProfiles(ctx, actorOf(request)),
    );

    app.get(
      '/me/teaching-profiles/:institutionId',
      {
        schema: {
          tags,
          summary: 'My teaching profile at an institution',
          params: InstitutionIdParam,
          response: { 200: TeachingProfileRecord, ...errors },
        },
      },
      async (request) => getMyTeachingProfile(ctx, actorOf(request), request.params.institutionId),
    );

    app.put(
      '/me/teaching-profiles/:institutionId',
      {
        schema: {
          tags,
          summary: 'Write my teaching profile at an institution where I hold a role',
          description:
            'The same fields as the advice profile; a field left out means "none". A change clears the line ' +
            "manager's confirmation; saving the profile unchanged keeps it.",
          params: InstitutionIdParam,
          body: TeachingProfile,
          response: { 200: TeachingProfileRecord, ...errors },
        },
      },
      async (request) =>
        saveMyTeachingProfile(ctx, actorOf(request), {
          institutionId: request.params.institutionId,
          profile: request.body,
        }),
    );

    app.get(
      '/teaching-profiles',
      {
        schema: {
          tags,
          summary: 'The teaching profiles I may confirm (line manager: the teachers in my units and below)',
          description:
            'Longest waiting first, each with the units of the teacher that my scope covers. 403 for anyone ' +
            'without a line-manager role.',
          querystring: TeachingProfilesToConfirmQuery,
          response: { 200: TeachingProfilesToConfirm, ...errors },
        },
      },
      async (request) => listTeachingProfilesToConfirm(ctx, actorOf(request), request.query),
    );

    app.get(
      '/teaching-profiles/:id',
      {
        schema: {
          tags,
          summary: "A teacher's profile (line manager, coordinator, administrator or adviser of their unit)",
          params: IdParam,
          response: { 200: TeachingProfileRecord, ...errors },
        },
      },
      async (request) => getTeachingProfile(ctx, actorOf(request), request.params.id),
    );

    app.post(
      '/teaching-profiles/:id/confirm',
      {
        schema: {
          tags,
          summary: "Confirm a teacher's profile as it stands (line manager of one of the teacher's units)",
          params: IdParam,
          body: ConfirmTeachingProfile,
          response: { 200: TeachingProfileRecord, ...errors },
        },
      },
      async (request) =>
        confirmTeachingProfile(ctx, actorOf(request), {
          profileId: request.params.id,
          ...request.body,
        }),
    );

    app.get(
      '/me/advice',
      {
        schema: {
          tags,
          summary: 'Which qualifications I must or may earn at an institution, from my stored profile',
          description:
            "Applies the institution's policy version in force on `on` to my teaching profile there, with every " +
            'qualification I earned (anywhere) marked held. The answer is that of `POST /api/v1/advice`.',
          querystring: MyAdviceQuery,
          response: { 200: Advice, ...errors },
        },
      },
      async (request) =>
        giveMyAdvice(ctx, actorOf(request), {
          ...request.query,
          language: languageOf(request.headers['accept-language']),
          compiled,
        }),
    );

    // Earned qualifications: the person's own, recognised everywhere.

    app.get(
      '/me/qualifications',
      {
        schema: {
          tags,
          summary: 'The qualifications I earned',
          response: { 200: EarnedQualificationList, ...errors },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        return listEarnedQualificationsOf(ctx, actor, actor.personId);
      },
    );

    app.post(
      '/me/qualifications',
      {
        schema: {
          tags,
          summary: 'Record a qualification I earned',
          body: RecordQualification,
          response: { 201: EarnedQualification, ...errors },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        return reply
          .status(201)
          .send(await recordQualification(ctx, actor, { ...request.body, personId: actor.personId }));
      },
    );

    app.delete(
      '/me/qualifications/:qualificationId',
      {
        schema: {
          tags,
          summary: 'Take a qualification off my record',
          params: QualificationIdParam,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        await removeQualification(ctx, actor, {
          personId: actor.personId,
          qualificationId: request.params.qualificationId,
        });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/people/:id/qualifications',
      {
        schema: {
          tags,
          summary:
            "A person's earned qualifications (the person, or an administrator or coordinator of theirs)",
          params: IdParam,
          response: { 200: EarnedQualificationList, ...errors },
        },
      },
      async (request) => listEarnedQualificationsOf(ctx, actorOf(request), request.params.id),
    );

    app.post(
      '/people/:id/qualifications',
      {
        schema: {
          tags,
          summary: 'Record a qualification a person earned (an administrator or coordinator of theirs)',
          params: IdParam,
          body: RecordQualification,
          response: { 201: EarnedQualification, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await recordQualification(ctx, actorOf(request), {
            ...request.body,
            personId: request.params.id,
          }),
        ),
    );

    app.delete(
      '/people/:id/qualifications/:qualificationId',
      {
        schema: {
          tags,
          summary: "Take a qualification off a person's record",
          params: PersonQualificationParam,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await removeQualification(ctx, actorOf(request), {
          personId: request.params.id,
          qualificationId: request.params.qualificationId,
        });
        return reply.status(204).send(null);
      },
    );
  };
}
