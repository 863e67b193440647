import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../../contracts/common.js';
import {
  CheckPolicyDocument,
  CreatePolicyVersion,
  EvaluatePolicyVersion,
  PolicyDiff,
  PolicyDocumentCheck,
  PolicyEvaluation,
  PolicyList,
  PolicyVersion,
  PolicyVersionIdParam,
  PolicyVersionList,
  PolicyVersionParam,
  PublishPolicyVersion,
  UpdatePolicyVersion,
} from '../../../../contracts/qualifications.js';
import type { AppContext } from '../../platform/context.js';
import { actorOf } from '../../platform/http/auth.js';
import { languageOf } from '../../platform/i18n/language.js';
import type { CompiledPolicies } from './compiled-policies.js';
import { diffPolicyVersion } from './diff-policy-version.js';
import {
  checkPolicyDocument,
  createPolicyDraft,
  deletePolicyDraft,
  updatePolicyDraft,
} from './draft-policy-version.js';
import { evaluatePolicyVersion } from './evaluate-policy-version.js';
import { publishPolicyVersion } from './publish-policy-version.js';
import { getPolicyVersion, listPoliciesFor, listPolicyVersions } from './read-policies.js';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['qualification policies'];

/** Policy administration: for administrators and coordinators of the policy's institution. */
export function policyAdminRoutes(ctx: AppContext, compiled: CompiledPolicies): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/policies',
      {
        schema: {
          tags,
          summary: 'The qualification policies I administer',
          response: { 200: PolicyList, ...errors },
        },
      },
      async (request) => listPoliciesFor(ctx, actorOf(request)),
    );

    app.get(
      '/policies/:policyId/versions',
      {
        schema: {
          tags,
          summary: "A policy's versions, drafts and published, latest start first",
          params: PolicyVersionParam,
          response: { 200: PolicyVersionList, ...errors },
        },
      },
      async (request) => listPolicyVersions(ctx, actorOf(request), request.params.policyId),
    );

    app.post(
      '/policies/:policyId/versions',
      {
        schema: {
          tags,
          summary: 'Start a draft: a copy of the version in force, or the document given',
          params: PolicyVersionParam,
          body: CreatePolicyVersion,
          response: { 201: PolicyVersion, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await createPolicyDraft(ctx, actorOf(request), {
            ...request.body,
            policyId: request.params.policyId,
            language: languageOf(request.headers['accept-language']),
          }),
        ),
    );

    app.post(
      '/policies/:policyId/check',
      {
        schema: {
          tags,
          summary: 'Check a policy document without saving it (every problem, with its place)',
          params: PolicyVersionParam,
          body: CheckPolicyDocument,
          response: { 200: PolicyDocumentCheck, ...errors },
        },
      },
      async (request) =>
        checkPolicyDocument(ctx, actorOf(request), {
          policyId: request.params.policyId,
          document: request.body.document,
          language: languageOf(request.headers['accept-language']),
        }),
    );

    app.get(
      '/policies/:policyId/versions/:versionId',
      {
        schema: {
          tags,
          summary: 'One version with its document',
          params: PolicyVersionIdParam,
          response: { 200: PolicyVersion, ...errors },
        },
      },
      async (request) => getPolicyVersion(ctx, actorOf(request), request.params),
    );

    app.put(
      '/policies/:policyId/versions/:versionId',
      {
        schema: {
          tags,
          summary: "Replace a draft's document (and start); published versions never change (409)",
          params: PolicyVersionIdParam,
          body: UpdatePolicyVersion,
          response: { 200: PolicyVersion, ...errors },
        },
      },
      async (request) =>
        updatePolicyDraft(ctx, actorOf(request), {
          ...request.params,
          ...request.body,
          language: languageOf(request.headers['accept-language']),
        }),
    );

    app.delete(
      '/policies/:policyId/versions/:versionId',
      {
        schema: {
          tags,
          summary: 'Throw a draft away; published versions are never removed (409)',
          params: PolicyVersionIdParam,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await deletePolicyDraft(ctx, actorOf(request), request.params);
        return reply.status(204).send(null);
      },
    );

    app.post(
      '/policies/:policyId/versions/:versionId/evaluate',
      {
        schema: {
          tags,
          summary: 'Run sample profiles against this version and the version in force, and compare',
          params: PolicyVersionIdParam,
          body: EvaluatePolicyVersion,
          response: { 200: PolicyEvaluation, ...errors },
        },
      },
      async (request) =>
        evaluatePolicyVersion(ctx, actorOf(request), {
          ...request.params,
          ...request.body,
          language: languageOf(request.headers['accept-language']),
          compiled,
        }),
    );

    app.get(
      '/policies/:policyId/versions/:versionId/diff',
      {
        schema: {
          tags,
          summary: 'What this version changes compared with the version in force, by rule id',
          params: PolicyVersionIdParam,
          response: { 200: PolicyDiff, ...errors },
        },
      },
      async (request) => diffPolicyVersion(ctx, actorOf(request), request.params),
    );

    app.post(
      '/policies/:policyId/versions/:versionId/publish',
      {
        schema: {
          tags,
          summary: 'Publish a draft from a start date (today or later); it never changes after',
          params: PolicyVersionIdParam,
          body: PublishPolicyVersion,
          response: { 200: PolicyVersion, ...errors },
        },
      },
      async (request) =>
        publishPolicyVersion(ctx, actorOf(request), {
          ...request.params,
          validFrom: request.body.validFrom,
          language: languageOf(request.headers['accept-language']),
        }),
    );
  };
}
