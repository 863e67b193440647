import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { ErrorBody, Health } from '../../contracts/common.js';
import { identityRoutes, OidcLogin, resolveSessionActor } from './modules/identity/index.js';
import { qualificationsRoutes } from './modules/qualifications/index.js';
import { registerRoutes } from './modules/register/index.js';
import { trajectoriesRoutes } from './modules/trajectories/index.js';
import type { AppContext } from './platform/context.js';
import { ping } from './platform/db/database.js';
import { registerAuthHooks } from './platform/http/auth.js';
import { platformError, registerErrorHandling } from './platform/http/errors.js';
import { validatorCompiler } from './platform/http/validation.js';
import { mailRoutes } from './platform/mail/mail.routes.js';
import { notificationRoutes } from './platform/notifications/notifications.routes.js';
import { webDistDir } from './platform/paths.js';

export interface BuildAppOptions {
  ctx: AppContext;
  logger?: FastifyServerOptions['logger'];
  /** Serve the built web app from dist/web when it exists (default true). */
  serveWeb?: boolean;
}

/** The whole HTTP application, without listening: main.ts listens, tests use `inject()`. */
export async function buildApp({
  ctx,
  logger = false,
  serveWeb = true,
}: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    bodyLimit: 1024 * 1024,
    trustProxy: ctx.config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Mantine sets style attributes at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });

  // File uploads (register evidence): streamed, one file per request, never more than the configured limit.
  await app.register(fastifyMultipart, {
    limits: { fileSize: ctx.config.uploadMaxBytes, files: 1, fields: 10, fieldSize: 10_000 },
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Docentdossier API',
        version: '1',
        description:
          'Professional development of teachers. Errors are `{"error":{"code","message","details"}}`, with the ' +
          'message in the language of `Accept-Language` (nl by default, en). State-changing requests need the ' +
          'CSRF token from `GET /api/v1/auth/csrf` in the `x-csrf-token` header.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'dd_session' } },
        schemas: {},
      },
      security: [{ session: [] }],
    },
    // Public routes say so in the document, which is also what the authorization test walks.
    transform: (input) => {
      const out = jsonSchemaTransform(input);
      if (input.route.config?.public) (out.schema as Record<string, unknown>).security = [];
      return out;
    },
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    uiConfig: { deepLinking: true },
  });

  const oidc = new OidcLogin(ctx);
  registerAuthHooks(app, {
    resolveActor: (sessionId) => resolveSessionActor(ctx, sessionId),
    cookieSecure: ctx.config.cookieSecure,
    publicPrefixes: ['/api/docs'],
  });

  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        tags: ['platform'],
        summary: 'Ready to serve requests',
        response: { 200: Health, 503: ErrorBody },
      },
    },
    async () => {
      try {
        await ping(ctx.db);
      } catch {
        throw platformError('UNAVAILABLE');
      }
      return { status: 'ok' as const };
    },
  );
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  await app.register(identityRoutes(ctx, oidc), { prefix: '/api/v1' });
  await app.register(qualificationsRoutes(ctx), { prefix: '/api/v1' });
  await app.register(registerRoutes(ctx), { prefix: '/api/v1' });
  await app.register(notificationRoutes(ctx), { prefix: '/api/v1' });
  await app.register(mailRoutes(ctx), { prefix: '/api/v1' });
  await app.register(trajectoriesRoutes(ctx), { prefix: '/api/v1' });

  const webBuilt = serveWeb && existsSync(join(webDistDir, 'index.html'));
  if (webBuilt) {
    await app.register(fastifyStatic, { root: webDistDir, wildcard: false, index: false });
  }
  app.setNotFoundHandler((request, reply) => {
    // Client-side routes of the single-page app all get its index page; unknown API paths an error.
    if (webBuilt && request.method === 'GET' && !request.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html');
    }
    throw platformError('NOT_FOUND');
  });

  return app;
}
