import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '../../../../contracts/common.js';
import {
  AssignRole,
  AuthConfig,
  CreateInstitution,
  CreatePerson,
  CreateUnit,
  CsrfToken,
  IdParam,
  Institution,
  InstitutionList,
  LoginRequest,
  Me,
  PeopleQuery,
  PersonPage,
  PersonRoleParam,
  PersonSummary,
  Unit,
  UpdateMe,
} from '../../../../contracts/identity.js';
import { writeAudit } from '../../platform/audit/audit.js';
import type { AppContext } from '../../platform/context.js';
import { actorOf, clearSessionCookie, setSessionCookie } from '../../platform/http/auth.js';
import { AppError } from '../../platform/http/errors.js';
import { logIn } from './log-in.js';
import { createInstitution, createUnit } from './manage-institutions.js';
import { assignRole, createPerson, revokeRole } from './manage-people.js';
import { OIDC_CALLBACK_PATH, type OidcLogin } from './oidc-login.js';
import { presentMe } from './present.js';
import { getInstitution, getPersonSummary, listInstitutionsFor, listPeoplePage } from './read-people.js';
import { endSession } from './sessions.js';
import { updateMe } from './update-me.js';

const OIDC_STATE_COOKIE = 'dd_oidc_state';
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** Only paths inside this app: a full URL or `//host` would make the login an open redirect. */
function safeReturnTo(value: string | undefined): string {
  return value && /^\/(?!\/|\\)/.test(value) ? value : '/';
}

export function identityRoutes(ctx: AppContext, oidc: OidcLogin): FastifyPluginAsyncZod {
  const secure = ctx.config.cookieSecure;

  return async (app) => {
    app.get(
      '/auth/config',
      {
        config: { public: true },
        schema: { tags: ['auth'], summary: 'Which login methods are on', response: { 200: AuthConfig } },
      },
      async () => ({ oidc: { enabled: oidc.enabled, label: ctx.config.oidc?.label ?? '' } }),
    );

    app.get(
      '/auth/csrf',
      {
        config: { public: true },
        schema: {
          tags: ['auth'],
          summary: 'The CSRF token to send in the x-csrf-token header of every state-changing request',
          response: { 200: CsrfToken },
        },
      },
      async (request) => ({ token: request.cookies.dd_csrf ?? '' }),
    );

    app.post(
      '/auth/login',
      {
        config: { public: true },
        schema: {
          tags: ['auth'],
          summary: 'Log in with e-mail address and password',
          body: LoginRequest,
          response: { 200: Me, ...errors, 429: ErrorBody },
        },
      },
      async (request, reply) => {
        const session = await logIn(ctx, { ...request.body, ip: request.ip });
        setSessionCookie(reply, session.token, session.maxAgeSeconds, secure);
        return session.me;
      },
    );

    app.post(
      '/auth/logout',
      {
        schema: {
          tags: ['auth'],
          summary: 'End the current session',
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        await ctx.db.transaction(async (tx) => {
          await endSession({ ...ctx, db: tx }, actor.sessionId);
          await writeAudit(tx, {
            actorId: actor.personId,
            action: 'session.end',
            entityType: 'person',
            entityId: actor.personId,
          });
        });
        clearSessionCookie(reply, secure);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/auth/oidc/start',
      {
        config: { public: true },
        schema: {
          tags: ['auth'],
          summary: 'Start single sign-on: redirects to the OpenID Connect provider',
          querystring: z.object({ returnTo: z.string().max(500).optional() }),
          response: { 302: z.null(), 404: ErrorBody },
        },
      },
      async (request, reply) => {
        const returnTo = safeReturnTo(request.query.returnTo);
        let started: { url: string; state: string };
        try {
          started = await oidc.start(returnTo);
        } catch (error) {
          // The browser came here by navigation: bring it back to the login page, which explains.
          if (error instanceof AppError && error.definition.code === 'OIDC_UNAVAILABLE') {
            const query = new URLSearchParams({ error: error.definition.code, returnTo });
            return reply.redirect(`/login?${query}`, 302);
          }
          throw error;
        }
        const { url, state } = started;
        reply.setCookie(OIDC_STATE_COOKIE, state, {
          path: OIDC_CALLBACK_PATH,
          httpOnly: true,
          sameSite: 'lax',
          secure,
          maxAge: 600,
        });
        return reply.redirect(url, 302);
      },
    );

    app.get(
      OIDC_CALLBACK_PATH.replace('/api/v1', ''),
      {
        config: { public: true },
        schema: {
          tags: ['auth'],
          summary: 'Where the OpenID Connect provider returns; redirects into the app',
          querystring: z.record(z.string(), z.string()),
          response: { 302: z.null() },
        },
      },
      async (request, reply) => {
        const callbackUrl = new URL(request.url, ctx.config.publicUrl);
        reply.clearCookie(OIDC_STATE_COOKIE, { path: OIDC_CALLBACK_PATH });
        try {
          const session = await oidc.finish(callbackUrl, request.cookies[OIDC_STATE_COOKIE]);
          setSessionCookie(reply, session.token, session.maxAgeSeconds, secure);
          return reply.redirect(safeReturnTo(session.returnTo), 302);
        } catch (error) {
          const code = error instanceof AppError ? error.definition.code : 'OIDC_FAILED';
          if (!(error instanceof AppError)) request.log.warn({ err: error }, 'oidc callback failed');
          return reply.redirect(`/login?error=${encodeURIComponent(code)}`, 302);
        }
      },
    );

    app.get(
      '/me',
      {
        schema: {
          tags: ['people'],
          summary: 'The logged-in person and their roles',
          response: { 200: Me, ...errors },
        },
      },
      async (request) => {
        const { personId: id, displayName, email, language, roles } = actorOf(request);
        return presentMe({ id, displayName, email, language }, roles);
      },
    );

    app.patch(
      '/me',
      {
        schema: {
          tags: ['people'],
          summary: 'Change my name or language',
          body: UpdateMe,
          response: { 200: Me, ...errors },
        },
      },
      async (request) => updateMe(ctx, actorOf(request), request.body),
    );

    app.get(
      '/institutions',
      {
        schema: {
          tags: ['institutions'],
          summary: 'Institutions I can see, with their units',
          response: { 200: InstitutionList, ...errors },
        },
      },
      async (request) => ({ items: await listInstitutionsFor(ctx, actorOf(request)) }),
    );

    app.get(
      '/institutions/:id',
      {
        schema: {
          tags: ['institutions'],
          summary: 'One institution with its units',
          params: IdParam,
          response: { 200: Institution, ...errors },
        },
      },
      async (request) => getInstitution(ctx, actorOf(request), request.params.id),
    );

    app.post(
      '/institutions',
      {
        schema: {
          tags: ['institutions'],
          summary: 'Add an institution (platform administrator)',
          body: CreateInstitution,
          response: { 201: Institution, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createInstitution(ctx, actorOf(request), request.body)),
    );

    app.post(
      '/institutions/:id/units',
      {
        schema: {
          tags: ['institutions'],
          summary: 'Add a faculty, division or department',
          params: IdParam,
          body: CreateUnit,
          response: { 201: Unit, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await createUnit(ctx, actorOf(request), { ...request.body, institutionId: request.params.id }),
          ),
    );

    app.get(
      '/people',
      {
        schema: {
          tags: ['people'],
          summary: 'People, by name, a page at a time (administrators)',
          querystring: PeopleQuery,
          response: { 200: PersonPage, ...errors },
        },
      },
      async (request) => listPeoplePage(ctx, actorOf(request), request.query),
    );

    app.get(
      '/people/:id',
      {
        schema: {
          tags: ['people'],
          summary: 'One person and their roles',
          params: IdParam,
          response: { 200: PersonSummary, ...errors },
        },
      },
      async (request) => getPersonSummary(ctx, actorOf(request), request.params.id),
    );

    app.post(
      '/people',
      {
        schema: {
          tags: ['people'],
          summary: 'Add a person, optionally with a local password',
          body: CreatePerson,
          response: { 201: PersonSummary, ...errors },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createPerson(ctx, actorOf(request), request.body)),
    );

    app.post(
      '/people/:id/roles',
      {
        schema: {
          tags: ['people'],
          summary: 'Give a person a role at an institution or unit',
          params: IdParam,
          body: AssignRole,
          response: { 201: PersonSummary, ...errors },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await assignRole(ctx, actorOf(request), { ...request.body, personId: request.params.id })),
    );

    app.delete(
      '/people/:id/roles/:assignmentId',
      {
        schema: {
          tags: ['people'],
          summary: 'Take a role away',
          params: PersonRoleParam,
          response: { 200: PersonSummary, ...errors },
        },
      },
      async (request) =>
        revokeRole(ctx, actorOf(request), {
          personId: request.params.id,
          assignmentId: request.params.assignmentId,
        }),
    );
  };
}
